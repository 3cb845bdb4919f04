// A half-typed follow-up answer is the candidate's too: Ctrl-C, SIGTERM and SIGHUP journal it
// (a follow-up-draft event), and resume puts it back in the follow-up prompt. After a whole
// answer, the probe's half-typed answer is kept the same way, and resume asks only the probe.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/session/events.js';
import { replay } from '../../src/session/state.js';
import { checkEvent } from '../../src/store/event-shape.js';
import { events, tempHome } from '../support/home.js';
import { terminals } from '../support/pty.js';
import { atFollowUp, mockFrame } from '../support/steps.js';
import { runAtTerminal } from '../support/tty.js';
import { started } from './fixtures.js';

const followUp = { step: 'frame', topic: 'labels', question: 'Where do labels come from?' };
const base: SessionEvent[] = [
  started({ mode: 'mock', steps: ['frame'] }),
  { type: 'step-started', at: 0, step: 'frame' },
  { type: 'step-ended', at: 1000, step: 'frame', reason: 'done' },
];

describe('the follow-up draft in the state', () => {
  const table: [string, SessionEvent[], object | null][] = [
    ['a half-typed answer is kept', [{ type: 'follow-up-draft', at: 2000, ...followUp, answer: 'clicks, but' }], { answer: 'clicks, but' }],
    ['the latest draft wins', [
      { type: 'follow-up-draft', at: 2000, ...followUp, answer: 'clicks' },
      { type: 'follow-up-draft', at: 3000, ...followUp, answer: 'clicks and saves', probe: 'And the negatives?', probeAnswer: 'rand' },
    ], { answer: 'clicks and saves', probe: 'And the negatives?', probeAnswer: 'rand' }],
    ['an answered follow-up leaves no draft', [
      { type: 'follow-up-draft', at: 2000, ...followUp, answer: 'clicks' },
      { type: 'follow-up', at: 3000, ...followUp, answer: 'clicks and saves' },
    ], null],
  ];
  it.each(table)('%s', (_what, more, draft) => {
    const state = replay([...base, ...more]);
    expect(state.steps[0]!.followUpDraft).toEqual(draft === null ? null : expect.objectContaining(draft));
    for (const e of more) expect(checkEvent(e)).toBeNull();
  });
});


describe('Ctrl-C in the follow-up prompt', () => {
  it('keeps the half-typed answer, and resume puts it back in the prompt', async () => {
    const h = tempHome();
    const t = runAtTerminal(mockFrame, h);
    let m = await atFollowUp(t);
    await t.type('Position bias from the old');
    await t.waitFor('Position bias from the old', m);
    await t.type('\x03');
    await t.waitFor('Save this session and quit?');
    await t.type('\r');
    expect((await t.exited).exitCode).toBe(130);
    expect(events(h).findLast((e) => e.type === 'follow-up-draft')).toMatchObject({ step: 'frame', answer: 'Position bias from the old' });

    const r = runAtTerminal(['resume'], h);
    await r.waitFor(/Your answer: Position bias from the old/);
    m = r.mark();
    await r.type(' ranking\r');
    await r.waitFor('Show the reference outline', m);
    await r.type('\r');
    await r.exited;
    expect(events(h).find((e) => e.type === 'follow-up')).toMatchObject({ step: 'frame', answer: 'Position bias from the old ranking' });
  });
});

describe('Ctrl-C in the probe prompt', () => {
  it('keeps the whole answer and the half-typed probe answer; resume asks only the probe, with its draft', async () => {
    const h = tempHome();
    const t = runAtTerminal(mockFrame, h);
    let m = await atFollowUp(t);
    await t.line('I am not sure');
    await t.waitFor(/Interviewer: [^\n]+\n[\s\S]*Your answer:/, m);
    const probe = events(h).findLast((e) => e.type === 'follow-up-draft') as { probe?: string } | undefined;
    expect(probe?.probe).toBeTruthy(); // the whole answer is on disk before the probe is asked
    m = t.mark();
    await t.type('half of the probe');
    await t.waitFor('half of the probe', m);
    await t.type('\x03');
    await t.waitFor('Save this session and quit?');
    await t.type('\r');
    await t.exited;
    expect(events(h).findLast((e) => e.type === 'follow-up-draft')).toMatchObject({ answer: 'I am not sure', probeAnswer: 'half of the probe' });

    const r = runAtTerminal(['resume'], h);
    await r.waitFor(/Your answer: half of the probe/);
    expect(r.text()).toContain('Your answer: I am not sure');
    m = r.mark();
    await r.type(' answer\r');
    await r.waitFor('Show the reference outline', m);
    await r.type('\r');
    await r.exited;
    const answered = events(h).filter((e) => e.type === 'follow-up');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ answer: 'I am not sure', probe: probe!.probe, probeAnswer: 'half of the probe answer' });
  });
});

const start = terminals(afterEach);

describe('a signal in the follow-up prompt', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s saves the half-typed answer', async (signal) => {
    const h = tempHome();
    const t = start(mockFrame, h);
    const m = await atFollowUp(t);
    await t.type('half of an answer');
    await t.waitFor('half of an answer', m);
    t.proc.kill(signal);
    await t.exited;
    const journal = events(h);
    expect(journal.findLast((e) => e.type === 'follow-up-draft')).toMatchObject({ answer: 'half of an answer' });
    expect(journal.at(-1)).toMatchObject({ type: 'suspended', reason: signal });
  });
});
