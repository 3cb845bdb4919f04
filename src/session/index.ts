// The session engine's public face: events in, state and scorecard out.
export type { Instant, Mode, SessionEvent, SessionEventType } from './events.js';
export type { SessionSummary, StepSummary } from './summary.js';
export { apply, replay, usedMsAt, linesOf, hintsOf, clockRunning, type SessionState, type StepState, type Entry } from './state.js';
export { summarize, summarizeState, stepScore, sessionScore } from './summarize.js';
export { handleInput, stepCoverage, nextHint, timeoutEvent, boxMs, type Feedback } from './engine.js';
export { answerQuestion, chooseFollowUp, assumptionReply } from './interviewer.js';
export { SessionRun, nextAction, type NextAction } from './controller.js';
