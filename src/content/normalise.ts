import type { Case, CatalogueFlag, Framework, Topic } from './model.js';
import type { CaseDoc, FrameworkDoc, TopicCatalogueDoc } from './schemas.js';
import { onFirstUse } from './lazy.js';

// Pass three, first half: schema-valid documents to the shapes the rest of the program uses.

export function catalogueTopics(doc: TopicCatalogueDoc, file: string): Topic[] {
  return (doc.topics ?? []).map((t) => ({ id: t.id, title: t.title, covers: t.covers, hints: [...t.hints], cues: t.cues, file }));
}

export function catalogueFlags(doc: TopicCatalogueDoc, file: string): CatalogueFlag[] {
  return (doc.flags ?? []).map((f) => ({ ...f, file }));
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
      ...(s.phase === undefined ? {} : { phase: s.phase }),
      questions: [...(s.questions ?? [])],
      topicIds: [...s.topics],
    })),
    file,
  };
}

export function toCase(doc: CaseDoc, file: string): Case {
  const kase: Omit<Case, 'questions'> = {
    id: doc.id,
    title: doc.title,
    question: doc.question,
    difficulty: doc.difficulty,
    tags: [...doc.tags],
    ...(doc.summary === undefined ? {} : { summary: doc.summary }),
    ...(doc.positiveRate === undefined ? {} : { positiveRate: doc.positiveRate }),
    timeDependent: doc.timeDependent ?? false,
    facts: doc.facts.map((f, i) => ({
      id: f.id ?? `fact-${i + 1}`,
      question: f.question,
      answer: f.answer,
      ...(f.topics === undefined ? {} : { topics: [...f.topics] }),
      keywords: [...(f.keywords ?? [])],
      asks: [...(f.asks ?? [])],
    })),
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
    examples: { ...(doc.examples ?? {}) },
    notApplicable: { ...(doc.notApplicable ?? {}) },
    followups: (doc.followups ?? []).map((f) => ({
      topic: f.topic,
      question: f.question,
      ...(f.answer === undefined ? {} : { answer: f.answer }),
      ...(f.probe === undefined ? {} : { probe: { question: f.probe.question, ...(f.probe.cues ? { cues: f.probe.cues } : {}) } }),
    })),
    reference: { ...(doc.reference ?? {}) },
    pitfalls: (doc.pitfalls ?? []).map((p, i) => (typeof p === 'string' ? { id: `pitfall-${i + 1}`, title: p } : { ...p })),
    twists: (doc.twists ?? []).map((t) => ({ ...t })),
    file,
  };
  // Thousands in a bundled case, read by the interviewer's first answer only: made then.
  return onFirstUse(kase, 'questions', () =>
    (doc.questions ?? []).map((q) => ({ ask: q.ask, facts: [...q.facts], or: (q.or ?? []).map((o) => [...o]), ...(q.from === undefined ? {} : { from: q.from }) })),
  ) as Case;
}
