// Topic titles for progress reports: summaries keep topic ids, a person reads titles.
// The titles come from the plans the sessions ran on (catalogue and case topics alike).
import type { ContentRoots } from '../content/load.js';
import type { SessionRecord } from './index-schema.js';
import { planSource } from './plans.js';

/** A topic's title by id, from the plans of these sessions; an id no plan names any more stays as it is. */
export function topicTitles(roots: ContentRoots, sessions: readonly Pick<SessionRecord, 'caseId' | 'frameworkId'>[]): (id: string) => string {
  const plans = planSource(roots);
  const titles = new Map<string, string>();
  const done = new Set<string>();
  for (const { caseId, frameworkId } of sessions) {
    const key = `${caseId}\u0000${frameworkId}`;
    if (done.has(key)) continue;
    done.add(key);
    for (const step of plans.find(caseId, frameworkId)?.steps ?? []) for (const topic of step.topics) titles.set(topic.id, topic.title);
  }
  return (id) => titles.get(id) ?? id;
}
