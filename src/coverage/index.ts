// The coverage checker's public face. Pure: text and topics in, verdicts out.
import type { Topic } from '../content/model.js';

export interface TopicCoverage {
  topic: Topic;
  covered: boolean;
  /** The sentence(s) of the answer that showed the topic, as the user wrote them. */
  evidence: string[];
  /** Why: the cue that matched, for explanations. */
  cue?: string;
}

/** Which of `topics` the answer covers, with the evidence. Deterministic; no IO. */
export function coverageOf(text: string, topics: readonly Topic[]): TopicCoverage[] {
  const sentences = text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return topics.map((topic) => {
    const phrases = topic.cues.phrases ?? [];
    const evidence: string[] = [];
    let cue: string | undefined;
    for (const sentence of sentences) {
      const lower = sentence.toLowerCase();
      const hit = phrases.find((p) => lower.includes(p.toLowerCase()));
      if (hit) {
        evidence.push(sentence);
        cue ??= hit;
      }
    }
    return { topic, covered: evidence.length > 0, evidence, ...(cue ? { cue } : {}) };
  });
}
