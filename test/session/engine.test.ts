import { describe, expect, it } from 'vitest';
import { handleInput, stepCoverage, timeoutEvent } from '../../src/session/engine.js';
import type { SessionEvent } from '../../src/session/events.js';
import { answerQuestion, assumptionReply, chooseFollowUp } from '../../src/session/interviewer.js';
import { replay } from '../../src/session/state.js';
import { summarize, stepScore } from '../../src/session/summarize.js';
import { casePlan, s, started, visualSearchPlan } from './fixtures.js';

const plan = visualSearchPlan();
const running = (over = {}) => replay([started(over), { type: 'step-started', at: 0, step: 'clarify' }]);

describe('the interviewer answers from the case facts', () => {
  const table: [string, RegExp | null][] = [
    ['how many users', /150 million daily active users/],
    ['what is the latency budget?', /300 ms/],
    ['do we have labels for similar images', /no large human-labelled/],
    ['Which platforms are in scope', /iOS and Android/],
    ['what is the favourite colour of the CEO', null],
    ['', null],
  ];
  it.each(table)('%s', (question, reply) => {
    const match = answerQuestion(plan.case, question);
    if (reply) expect(match.reply).toMatch(reply);
    else expect(match).toEqual({ facts: [], reply: assumptionReply });
  });
});

describe('asking is how one clarifies', () => {
  // One question in the clarify step, answered from the case's facts, covers what the case says that answer
  // puts on the table, even when neither the question nor the answer names the topic.
  const table: [string, string, string][] = [
    ['notification-ranking', 'how do we measure success, DAU?', 'business-objective'],
    ['harmful-content-detection', 'which languages do people post in?', 'scope'],
    ['eta-prediction', 'who uses the eta - riders, drivers, dispatch?', 'scope'],
    ['visual-search', 'are faces allowed in results?', 'constraints'],
    ['visual-search', 'how much GPU do we get for encoding the images?', 'constraints'],
  ];
  it.each(table)('%s: "%s" covers %s, with the question as the evidence', (caseId, question, topic) => {
    const asked = caseId === 'visual-search' ? plan : casePlan(caseId);
    const out = handleInput(running(), asked, `? ${question}`, s(5));
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, ...out.events]);
    const found = stepCoverage(asked.steps[0]!, state.steps[0]).find((c) => c.topic.id === topic)!;
    expect(found).toMatchObject({ covered: true, evidence: [`? ${question}`] });
  });

  it('a case that does not say what its facts put on the table is judged by the words of question and answer', () => {
    const untagged = { ...plan, steps: plan.steps.map(({ factTopics: _, ...step }) => step) };
    const out = handleInput(running(), untagged, '? how many users', s(5));
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, ...out.events]);
    const scale = stepCoverage(untagged.steps[0]!, state.steps[0]).find((c) => c.topic.id === 'scale')!;
    expect(scale).toMatchObject({ covered: true, evidence: ['? how many users'] });
  });

  it('a question the case has no answer for covers nothing', () => {
    const out = handleInput(running(), plan, '? what is the favourite colour of the CEO', s(5));
    const state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, ...out.events]);
    expect(stepCoverage(plan.steps[0]!, state.steps[0]).filter((c) => c.covered)).toEqual([]);
  });
});

describe('input inside a step', () => {
  const table: [string, string, SessionEvent['type'][], RegExp | null][] = [
    ['a line is recorded', 'we serve 150M users', ['line'], null],
    ['a question is answered and recorded', '? how many users', ['question'], /150 million/],
    ['/done ends the step', '/done', ['step-ended'], null],
    ['/skip ends the step', '/skip', ['step-ended'], null],
    ['/pause stops the clock', '/pause', ['paused'], /Paused/],
    ['/time reports time', '/time', [], /used of 5:00/],
    ['/help lists commands', '/help', [], /\/hint/],
    ['an unknown command is refused, not recorded', '/frobnicate', [], /Unknown command/],
    ['/hint gives the first rung for the first missed topic', '/hint', ['hint'], /Business objective \(hint 1\)/],
    ['an empty line does nothing', '   ', [], null],
  ];
  it.each(table)('%s', (_what, input, types, feedback) => {
    const out = handleInput(running(), plan, input, s(30));
    expect(out.events.map((e) => e.type)).toEqual(types);
    if (feedback) expect(out.feedback?.text).toMatch(feedback);
    else if (!input.startsWith('?') && !input.startsWith('/p')) expect(out.feedback?.tone ?? null).not.toBe('warn');
  });

  it('climbs the hint ladder of a topic, then moves to the next missed one', () => {
    let state = running();
    const levels: string[] = [];
    for (let i = 0; i < 4; i++) {
      const out = handleInput(state, plan, '/hint', s(i));
      for (const e of out.events) {
        state = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, ...state.steps[0]!.entries.map(toEvent), e]);
        if (e.type === 'hint') levels.push(`${e.topic}:${e.level}`);
      }
    }
    expect(levels).toEqual(['business-objective:1', 'business-objective:2', 'business-objective:3', 'scope:1']);
  });

  it('gives no hints in mock mode', () => {
    const out = handleInput(running({ mode: 'mock' }), plan, '/hint', 0);
    expect(out.events).toEqual([]);
    expect(out.feedback?.text).toMatch(/mock mode/);
  });

  it('resumes a paused clock on any input, then handles it', () => {
    const paused = replay([started(), { type: 'step-started', at: 0, step: 'clarify' }, { type: 'paused', at: 5 }]);
    expect(handleInput(paused, plan, 'a line', s(9)).events.map((e) => e.type)).toEqual(['resumed', 'line']);
  });

  it('with --strict, ends the step at its box and not before', () => {
    const strict = running({ strict: true });
    expect(timeoutEvent(strict, plan, s(299))).toBeNull();
    expect(timeoutEvent(strict, plan, s(300))).toMatchObject({ type: 'step-ended', reason: 'timeout' });
    expect(timeoutEvent(running(), plan, s(900))).toBeNull();
  });
});

function toEvent(e: ReturnType<typeof replay>['steps'][number]['entries'][number]): SessionEvent {
  if (e.kind === 'hint') return { type: 'hint', at: e.at, step: 'clarify', topic: e.topic, level: e.level, text: e.text };
  if (e.kind === 'question') return { type: 'question', at: e.at, step: 'clarify', text: e.text, reply: e.reply, facts: e.facts };
  if (e.kind === 'twist') return { type: 'twist', at: e.at, step: 'clarify', id: e.id, says: e.says };
  return { type: 'line', at: e.at, step: 'clarify', text: e.text };
}

describe('follow-up questions', () => {
  it('prefer a missed topic of the step', () => {
    const frame = plan.steps.find((p) => p.id === 'frame')!;
    const coverage = frame.topics.map((topic) => ({ topic, covered: topic.id !== 'labels', evidence: [] }));
    expect(chooseFollowUp(plan.case, frame, coverage)?.topic).toBe('labels');
  });
  it('fall back to a hint of a missed topic when the case has none for it', () => {
    const deploy = plan.steps.find((p) => p.id === 'deploy')!;
    const coverage = deploy.topics.map((topic) => ({ topic, covered: topic.id !== 'monitoring', evidence: [] }));
    expect(chooseFollowUp(plan.case, deploy, coverage)?.topic).toBe('monitoring');
  });
});

describe('score', () => {
  const table: [string, number, number, number, number, number][] = [
    // what, covered, missed, hints, overtime (s), score
    ['all covered', 5, 0, 0, 0, 100],
    ['half covered', 2, 2, 0, 0, 50],
    ['a hint costs 5', 4, 0, 1, 0, 95],
    ['any part of a minute over costs 2', 4, 0, 0, 1, 98],
    ['two and a half minutes over cost 6', 4, 0, 0, 150, 94],
    ['never below zero', 0, 4, 3, 600, 0],
    ['no required topics counts as covered', 0, 0, 0, 0, 100],
  ];
  it.each(table)('%s', (_what, covered, missed, hints, over, score) => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(stepScore({ covered: ids(covered), missed: ids(missed), hints, overtimeMs: s(over) })).toBe(score);
  });

  it('weights steps by their time box and ignores steps not reached', () => {
    const events: SessionEvent[] = [
      started({ steps: ['clarify', 'frame', 'model'] }),
      { type: 'step-started', at: 0, step: 'clarify' },
      { type: 'line', at: s(10), step: 'clarify', text: 'The business goal is more engagement for 150M daily active users on iOS and Android, p95 latency 300 ms, and we have click logs.' },
      { type: 'step-ended', at: s(100), step: 'clarify', reason: 'done' },
      { type: 'step-started', at: s(100), step: 'frame' },
      { type: 'step-ended', at: s(110), step: 'frame', reason: 'skip' },
    ];
    const summary = summarize(events, plan);
    const [clarify, frame, model] = summary.steps;
    expect(clarify).toMatchObject({ usedMs: s(100), overtimeMs: 0, ended: 'done', hints: 0 });
    expect(frame).toMatchObject({ usedMs: s(10), ended: 'skip', covered: [] });
    expect(model).toMatchObject({ ended: null, usedMs: 0 });
    const clarifyScore = stepScore(clarify!);
    expect(summary.score).toBe(Math.round((clarifyScore * 5 + 0 * 10) / 15));
    expect(summary.finished).toBe(false);
    expect(summary.usedMs).toBe(s(110));
  });
});
