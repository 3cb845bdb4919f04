// Topic and framework titles for progress reports: summaries keep ids, a person reads titles.
// The titles come from the plans the sessions ran on (catalogue and case topics alike).
import type { ContentRoots } from '../content/load.js';
import type { SessionRecord } from './index-schema.js';
import { planSource } from './plans.js';

type Ran = Pick<SessionRecord, 'caseId' | 'frameworkId'>;

/** Topic and framework titles by id, from the plans of these sessions; an id no plan names any more stays as it is. */
export function reportTitles(roots: ContentRoots, sessions: readonly Ran[]): { topic: (id: string) => string; framework: (id: string) => string } {
  const plans = planSource(roots);
  const topics = new Map<string, string>();
  const frameworks = new Map<string, string>();
  const done = new Set<string>();
  for (const { caseId, frameworkId } of sessions) {
    const key = `${caseId}\u0000${frameworkId}`;
    if (done.has(key)) continue;
    done.add(key);
    const plan = plans.find(caseId, frameworkId);
    if (plan) frameworks.set(frameworkId, plan.framework.title);
    for (const step of plan?.steps ?? []) for (const topic of step.topics) topics.set(topic.id, topic.title);
  }
  return { topic: (id) => topics.get(id) ?? id, framework: (id) => frameworks.get(id) ?? id };
}

/** A topic's title by id, from the plans of these sessions. */
export const topicTitles = (roots: ContentRoots, sessions: readonly Ran[]): ((id: string) => string) => reportTitles(roots, sessions).topic;
