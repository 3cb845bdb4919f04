// The library face of mlsd: load content and check coverage from other programs.
export { loadAll, loadCase, loadCatalogue, loadFramework, planFor, type ContentRoots } from './content/load.js';
export { topicsPut } from './content/plan.js';
export type { Case, Catalogue, Framework, Plan, PlannedStep, Topic } from './content/model.js';
export type { Diagnostic, Result } from './content/diagnostics.js';
export { coverageOf, type TopicCoverage } from './coverage/index.js';
export { answerQuestion, assumptionReply, type QuestionReply } from './session/interviewer.js';
