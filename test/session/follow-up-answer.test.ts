// What counts as an answer to the interviewer: Enter on nothing is not one (a second Enter
// pressed to get on to the next step must not spend the follow-up, and an empty answer would
// only bring the probe); /skip passes, recorded as no answer, with no probe after it.
import { describe, expect, it } from 'vitest';
import { events, tempHome } from '../support/home.js';
import { atFollowUp, mockFrame } from '../support/steps.js';
import type { Terminal } from '../support/terminal.js';
import { runAtTerminal } from '../support/tty.js';


async function finish(t: Terminal, since: number): Promise<void> {
  await t.waitFor('Show the reference outline', since);
  await t.type('\r');
  await t.exited;
}

describe('Enter on nothing at the follow-up prompt', () => {
  it.each([
    ['Enter', '\r'],
    ['Enter twice, and spaces', '\r  \r'],
  ])('%s: the prompt stays, says how to pass, and the answer typed next is the one recorded', async (_what, keys) => {
    const h = tempHome();
    const t = runAtTerminal(mockFrame, h);
    let m = await atFollowUp(t);
    await t.type(keys);
    await t.waitFor('or /skip to pass', m);
    expect(events(h).some((e) => e.type === 'follow-up')).toBe(false);
    m = t.mark();
    await t.line('Clicks from the search log, with skipped results above a click as negatives');
    await t.waitFor('Your answer:', m); // the probe, or the end
    const probed = t.text().slice(m).includes('Interviewer:');
    if (probed) await t.line('/skip');
    await finish(t, m);
    const answered = events(h).filter((e) => e.type === 'follow-up');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ answer: 'Clicks from the search log, with skipped results above a click as negatives' });
  });
});

describe('/skip at the follow-up prompt', () => {
  it('records no answer and asks no probe', async () => {
    const h = tempHome();
    const t = runAtTerminal(mockFrame, h);
    const m = await atFollowUp(t);
    await t.line('/skip');
    await finish(t, m);
    expect(t.text().slice(m)).not.toContain('Interviewer:');
    const answered = events(h).filter((e) => e.type === 'follow-up');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ answer: '' });
    expect(answered[0]).not.toHaveProperty('probe');
  });

  it('at the probe, keeps the answer to the follow-up and records the probe as passed', async () => {
    const h = tempHome();
    const t = runAtTerminal(mockFrame, h);
    let m = await atFollowUp(t);
    await t.line('I am not sure');
    await t.waitFor(/Interviewer: [^\n]+\n[\s\S]*Your answer:/, m);
    m = t.mark();
    await t.line('/skip');
    await finish(t, m);
    const answered = events(h).filter((e) => e.type === 'follow-up');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ answer: 'I am not sure', probeAnswer: '' });
  });
});
