// Damaged or hand-edited journals: every event is checked as it is read, so a bad one
// is refused with its line number (and export, history, resume say so in one line)
// instead of crashing a replay, the screen or an export.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../src/store/journal-read.js';
import { run as cli } from '../support/cli.js';
import { tempHome } from '../support/home.js';

const started = { type: 'started', at: 1, v: 1, sessionId: '20260101-000000-visual-search', caseId: 'visual-search', frameworkId: 'mlsd-45', mode: 'study', strict: false, steps: ['clarify'], source: 'terminal' };
const journal = (...events: unknown[]) => events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';

describe('a damaged journal is refused with its line', () => {
  it.each([
    ['a line whose text is a number', { type: 'line', at: 2, step: 'clarify', text: 42 }, /:2: not a session event \(line\.text must be a string\)/],
    ['an unknown event type', { type: 'exploded', at: 2 }, /:2: not a session event \(unknown type "exploded"\)/],
    ['a case id that leaves its folder', { ...started, caseId: '../../etc/passwd' }, /:2: not a session event \(started\.caseId must be an id/],
    ['a step id with an escape sequence', { type: 'step-started', at: 2, step: 'clarify\u001b[2J' }, /:2: .*step must be an id/],
    ['a time that is not a number', { type: 'paused', at: 'soon' }, /:2: .*paused\.at must be a number/],
    ['an event that is an array', [1, 2], /:2: not a session event \(not an object\)/],
    ['a prototype key instead of a type', '{"__proto__": {"type": "line"}, "at": 2}', /:2: not a session event/],
    ['an unknown mode', { ...started, mode: 'cheat' }, /:1: .*started\.mode must be one of mock, study/],
    ['a second started event', { ...started, at: 5 }, /two "started" events/],
    ['a line with no text', { type: 'line', at: 2, step: 'clarify' }, /:2: not a session event \(line\.text must be a string\)/],
    ['a step list with a path in it', { ...started, steps: ['clarify', '../x'] }, /:1: .*started\.steps must be a list of ids/],
    ['an event with no type', { at: 2 }, /:2: not a session event \(unknown type undefined\)/],
  ])('%s', async (_what, event, message) => {
    const text = message.source.startsWith(':1') ? journal(event) : journal(started, event);
    expect(() => parseJournal(text, 'j.jsonl')).toThrow(message);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('reads a field it does not know (a journal from a newer version)', () => {
    const { events } = parseJournal(journal(started, { type: 'line', at: 2, step: 'clarify', text: 'x', mood: 'calm' }), 'j.jsonl');
    expect(events.at(-1)).toMatchObject({ type: 'line', text: 'x' });
  });

  it('export, history and resume report a damaged journal in one line, no stack', async () => {
    const home = tempHome();
    const dir = join(home, 'data', 'sessions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${started.sessionId}.jsonl`), journal(started, { type: 'line', at: 2, step: 'clarify', text: { evil: true } }));
    const exported = await cli(['export', 'latest'], { home });
    expect(exported.status).toBe(1);
    expect(exported.stderr.trim().split('\n')).toHaveLength(1);
    expect(exported.stderr).toMatch(/:2: not a session event \(line\.text must be a string\); the journal is damaged/);
    const history = await cli(['history'], { home });
    expect([0, 1]).toContain(history.status);
    expect(history.stderr).not.toMatch(/\n\s+at /);
  });
});
