// The content plan a saved session is summarised against, loaded once per
// (case, framework). A case or framework that has since gone (a deleted file of
// the user's) still gives a plan, without its topics, and a warning saying so.
import { loadAll, loadCase, loadCatalogue, loadFramework, planFor, type ContentRoots } from '../content/load.js';
import type { Case, Catalogue, Framework, Plan } from '../content/model.js';
import type { CaseChoice } from './next.js';
import { starterRecommendation } from './starter.js';
import { command } from '../text/command.js';

export interface PlanSource {
  plan(caseId: string, frameworkId: string): Plan;
  /** The case plan if the case and framework still exist, else null (no throw). */
  find(caseId: string, frameworkId: string): Plan | null;
  warnings(): string[];
}

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

export function planSource(roots: ContentRoots): PlanSource {
  let catalogue: Catalogue | undefined;
  const frameworks = new Map<string, Framework | null>();
  const cases = new Map<string, Case | null>();
  const plans = new Map<string, Plan | null>();
  const warnings: string[] = [];
  const once = <T>(cache: Map<string, T | null>, id: string, load: () => T, what: string): T | null => {
    if (cache.has(id)) return cache.get(id) ?? null;
    let value: T | null = null;
    try {
      value = load();
    } catch (error) {
      warnings.push(`${what} "${id}" cannot be loaded (${reason(error)}); its sessions are shown without its topics`);
    }
    cache.set(id, value);
    return value;
  };
  const getCatalogue = (): Catalogue => {
    if (catalogue) return catalogue;
    try {
      catalogue = loadCatalogue(roots);
    } catch (error) {
      warnings.push(`the topic catalogue cannot be loaded (${reason(error)}); sessions are shown without topics`);
      catalogue = { topics: new Map(), flags: [], files: [], concepts: {} };
    }
    return catalogue;
  };
  const find = (caseId: string, frameworkId: string): Plan | null => {
    const key = `${caseId}\u0000${frameworkId}`;
    if (plans.has(key)) return plans.get(key) ?? null;
    const cat = getCatalogue();
    const framework = once(frameworks, frameworkId, () => loadFramework(roots, frameworkId, cat), 'framework');
    // Summaries and reports answer no question: a bundled case's labelled questions (thousands, checked by the build) stay unread.
    const kase = once(cases, caseId, () => loadCase(roots, caseId, cat, { questions: false }), 'case');
    const plan = framework && kase ? planFor(framework, cat, kase) : null;
    plans.set(key, plan);
    return plan;
  };
  return {
    find,
    plan(caseId, frameworkId) {
      const found = find(caseId, frameworkId);
      if (found) return found;
      const framework = frameworks.get(frameworkId);
      if (framework) return planFor(framework, getCatalogue());
      return { framework: { id: frameworkId, title: frameworkId, steps: [], file: '' }, steps: [] };
    },
    warnings: () => [...warnings],
  };
}

/** Every case the user could be sent to, with its own topics; content that fails to load is left out. */
export function caseChoices(roots: ContentRoots): CaseChoice[] {
  return loadAll(roots).cases.map((c) => ({ id: c.id, title: c.title, difficulty: c.difficulty, topics: c.topics.map((t) => t.id) }));
}

/** "No sessions yet" with the first case to try. */
export function noSessionsYet(roots: ContentRoots): string {
  const start = starterRecommendation(caseChoices(roots));
  return start ? `No sessions yet. Start one: ${start.command}` : `No sessions yet, and no cases to practise (see: ${command('validate')}).`;
}
