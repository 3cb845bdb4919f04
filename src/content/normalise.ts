import type { Case, Framework, Topic } from './model.js';
import type { CaseDoc, FrameworkDoc, TopicCatalogueDoc } from './schemas.js';

// Pass three, first half: schema-valid documents to the shapes the rest of the program uses.

export function catalogueTopics(doc: TopicCatalogueDoc, file: string): Topic[] {
  return doc.topics.map((t) => ({ id: t.id, title: t.title, covers: t.covers, hints: [...t.hints], cues: t.cues, file }));
}

export function toFramework(doc: FrameworkDoc, file: string): Framework {
  return {
    id: doc.id,
    title: doc.title,
    ...(doc.description === undefined ? {} : { description: doc.description }),
    steps: doc.steps.map((s) => ({
      id: s.id,
      title: s.title,
      minutes: s.minutes,
      ...(s.goal === undefined ? {} : { goal: s.goal }),
      questions: [...(s.questions ?? [])],
      topicIds: [...s.topics],
    })),
    file,
  };
}

export function toCase(doc: CaseDoc, file: string): Case {
  return {
    id: doc.id,
    title: doc.title,
    question: doc.question,
    difficulty: doc.difficulty,
    tags: [...doc.tags],
    ...(doc.summary === undefined ? {} : { summary: doc.summary }),
    facts: doc.facts.map((f) => ({ ask: f.ask, answer: f.answer, keywords: [...(f.keywords ?? [])] })),
    topics: (doc.topics ?? []).map((t) => ({
      id: t.id,
      title: t.title,
      covers: t.covers,
      hints: [...t.hints],
      cues: t.cues,
      file,
      caseId: doc.id,
      near: t.near,
    })),
    followups: (doc.followups ?? []).map((f) => ({ topic: f.topic, question: f.question })),
    reference: { ...(doc.reference ?? {}) },
    pitfalls: [...(doc.pitfalls ?? [])],
    file,
  };
}
