// The scorecard's step table fits the screen's width: on a narrow terminal long step titles
// are cut and the least needed columns go, rather than every row wrapping in two.
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { scorecardText } from '../../src/ui/scorecard.js';
import { textWidth } from '../../src/ui/width.js';
import { started, visualSearchPlan } from '../session/fixtures.js';

const plan = visualSearchPlan();
const events: SessionEvent[] = [started({ at: 0 })];
plan.steps.forEach((step, i) => {
  events.push({ type: 'step-started', at: i * 1000, step: step.id }, { type: 'step-ended', at: i * 1000 + 900, step: step.id, reason: 'done' });
});
const summary = summarize(events, plan);

describe('the scorecard table', () => {
  it.each([40, 50, 60, 80, 100, 120])('fits %i columns, one row per step', (columns) => {
    const width = textWidth(columns);
    const text = stripAnsi(scorecardText(summary, plan, '/tmp/x.jsonl', width)).split('\n');
    const head = text.findIndex((l) => /^step\s+time/.test(l));
    const rows = text.slice(head, head + 1 + plan.steps.length);
    for (const row of rows) expect(row.length, `"${row}"`).toBeLessThanOrEqual(width);
    expect(rows.slice(1).map((r) => r.match(/^\d\./)?.[0])).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(rows.slice(1).every((r) => /\d:\d\d \/ \d+:\d\d/.test(r))).toBe(true);
  });
});

describe('the verdict heading', () => {
  it.each([
    [40, ['Verdict by dimension', '(practice feedback; the rule is in the', 'README)']],
    [60, ['Verdict by dimension', '(practice feedback; the rule is in the README)']],
    [100, ['Verdict by dimension  (practice feedback; the rule is in the README)']],
  ])('at %i columns reads %j, no word cut by the terminal', (columns, expected) => {
    const width = textWidth(columns);
    const text = stripAnsi(scorecardText(summary, plan, '/tmp/x.jsonl', width)).split('\n');
    const at = text.findIndex((l) => l.startsWith('Verdict by dimension'));
    expect(text.slice(at, at + expected.length)).toEqual(expected);
    expect(text[at + expected.length]).toMatch(/^ {2}Problem understanding: /);
  });
});

describe('where the session is saved', () => {
  const path = '~/.local/share/mlsd/sessions/20261201-002523-visual-search.jsonl';
  it.each([
    [120, [`Saved:  ${path}`]],
    [60, ['Saved:', `  ${path}`]],
  ])('at %i columns reads %j: the path is never broken by the terminal', (columns, expected) => {
    const text = stripAnsi(scorecardText(summary, plan, path, textWidth(columns))).split('\n');
    const at = text.findIndex((l) => l.startsWith('Saved:'));
    expect(text.slice(at, at + expected.length)).toEqual(expected);
  });
});
