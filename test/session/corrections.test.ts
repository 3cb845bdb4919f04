// Correcting what was typed: /undo and /edit are amendments appended to the journal (the
// original line stays there); the replayed state, and so coverage, the transcript and a
// resumed session, read the amended answer. A line sent twice in a row is refused.
import { describe, expect, it } from 'vitest';
import { SessionRun } from '../../src/session/controller.js';
import { handleInput } from '../../src/session/engine.js';
import type { SessionEvent } from '../../src/session/events.js';
import { linesOf, replay } from '../../src/session/state.js';
import { summarize } from '../../src/session/summarize.js';
import { sessionView } from '../../src/report/session-view.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import { started, visualSearchPlan } from './fixtures.js';

const plan = visualSearchPlan();
const begin: SessionEvent[] = [started(), { type: 'step-started', at: 0, step: 'clarify' }];

/** Feeds `inputs` to a run the way the terminal does; returns every event written and the last feedback. */
function typeLines(inputs: readonly string[]) {
  const written: SessionEvent[] = [...begin];
  let now = 1;
  const run = new SessionRun(plan, begin, { append: (e) => written.push(e), now: () => now++ });
  let said: string | undefined;
  for (const input of inputs) said = run.input(input)?.text;
  return { run, written, said, lines: linesOf(run.state.steps[0]!) };
}

describe('correcting the answer', () => {
  const table: [string, string[], string[], RegExp | undefined][] = [
    ['/undo withdraws the last line', ['first', 'second', '/undo'], ['first'], /Withdrawn: “second”/],
    ['/undo twice withdraws two', ['first', 'second', '/undo', '/undo'], [], /Withdrawn: “first”/],
    ['/undo with nothing typed says so', ['/undo'], [], /No line of this step/],
    ['/edit TEXT replaces the last line', ['first', 'the goal is clciks', '/edit the goal is watch time'], ['first', 'the goal is watch time'], /corrected/],
    ['/edit with the same text changes nothing', ['first', '/edit first'], ['first'], /unchanged/],
    ['a line sent twice in a row is recorded once', ['first', 'first'], ['first'], /Same as your last line/],
    ['the same line after another is recorded again', ['first', 'second', 'first'], ['first', 'second', 'first'], undefined],
    ['a question between two equal lines lets the second in', ['first', '? how many users', 'first'], ['first', 'first'], undefined],
  ];
  it.each(table)('%s', (_, inputs, lines, said) => {
    const result = typeLines(inputs);
    expect(result.lines).toEqual(lines);
    if (said) expect(result.said).toMatch(said);
  });

  it('a question asked twice in a row (Up-arrow, Enter) is asked once; asked again later, it is answered again', () => {
    const twice = typeLines(['? how many users', '? how many users']);
    expect(twice.said).toMatch(/Same question as the one just asked/);
    expect(twice.run.state.steps[0]!.entries.filter((e) => e.kind === 'question')).toHaveLength(1);
    const later = typeLines(['? how many users', 'we plan for that', '? how many users']);
    expect(later.run.state.steps[0]!.entries.filter((e) => e.kind === 'question')).toHaveLength(2);
  });

  it('keeps the original in the journal and replays to the amended answer', () => {
    const { written } = typeLines(['we optimise clicks', '/edit we optimise long watch time, not clicks', 'then', '/undo']);
    expect(written.filter((e) => e.type === 'line').map((e) => (e as { text: string }).text)).toEqual(['we optimise clicks', 'then']);
    expect(written.filter((e) => e.type === 'amended')).toHaveLength(2);
    const state = replay(written);
    expect(state.steps[0]!.entries).toMatchObject([{ kind: 'line', text: 'we optimise long watch time, not clicks', edited: true }]);
  });

  it('the export shows the corrected answer and says corrections were made', () => {
    const { written } = typeLines(['we optimise clikcs', '/edit we optimise watch time', 'a stray line', '/undo']);
    const markdown = transcriptMarkdown(sessionView(written, summarize(written, plan), plan));
    expect(markdown).toContain('```text\nwe optimise watch time\n```');
    expect(markdown).not.toContain('clikcs');
    expect(markdown).not.toContain('a stray line');
    expect(markdown).toContain('2 corrections (/edit, /undo) made; the journal keeps every line as first typed.');
  });

  it('coverage reads the amended text: a withdrawn line covers nothing', () => {
    const covering = 'the business objective is more successful searches per session';
    const kept = summarize(typeLines([covering]).written, plan).steps[0]!.covered;
    const withdrawn = summarize(typeLines([covering, '/undo']).written, plan).steps[0]!.covered;
    expect(kept.length).toBeGreaterThan(0);
    expect(withdrawn).toEqual([]);
  });

  it('a half-typed correction saved at Ctrl-C or a signal corrects the line instead of adding one', () => {
    const { run } = typeLines(['first', 'secnod']);
    run.editing = true;
    run.saveDraft('second');
    expect(linesOf(run.state.steps[0]!)).toEqual(['first', 'second']);
    expect(run.editing).toBe(false);
    run.saveDraft('third, half typed');
    expect(linesOf(run.state.steps[0]!)).toEqual(['first', 'second', 'third, half typed']);
  });

  it('an amendment of a line that is not there changes nothing (a hand-edited journal)', () => {
    const state = replay([...begin, { type: 'line', at: 1, step: 'clarify', text: 'only' }, { type: 'amended', at: 2, step: 'clarify', line: 5, text: '' }]);
    expect(linesOf(state.steps[0]!)).toEqual(['only']);
  });

  it('answers files may use /undo too: it goes through the same engine', () => {
    const state = replay([...begin, { type: 'line', at: 1, step: 'clarify', text: 'x' }]);
    expect(handleInput(state, plan, '/undo', 2).events).toMatchObject([{ type: 'amended', line: 0, text: '' }]);
  });
});
