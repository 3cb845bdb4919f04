// One way to say a duration, everywhere: the step's end on screen, the scorecard and the
// exported transcript say the same m:ss for the same time, rounded down like the clock.
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { sessionView } from '../../src/report/session-view.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import type { SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { stepReport } from '../../src/ui/scorecard.js';
import { started, visualSearchPlan } from '../session/fixtures.js';

const plan = visualSearchPlan();
const clarify = plan.steps[0]!;
const box = clarify.minutes * 60_000;

describe('a step\'s time', () => {
  it.each([
    [8_600, '0:08'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [box + 100_500, `${clarify.minutes + 1}:40`],
  ])('%i ms reads %s on screen and in the export', (used, shown) => {
    const events: SessionEvent[] = [
      started({ at: 0 }),
      { type: 'step-started', at: 0, step: 'clarify' },
      { type: 'line', at: 1, step: 'clarify', text: 'the goal is more successful searches' },
      { type: 'step-ended', at: used, step: 'clarify', reason: 'done' },
    ];
    const screen = stripAnsi(stepReport(clarify.title, 'done', [], used, box));
    expect(screen).toContain(`Time: ${shown} / ${clarify.minutes}:00`);
    const markdown = transcriptMarkdown(sessionView(events, summarize(events, plan), plan));
    expect(markdown).toContain(`Time used: ${shown} of a ${clarify.minutes}:00 box`);
    // The front matter's duration and its seconds agree with it too.
    expect(markdown).toContain(`duration: "${shown}"\nduration_seconds: ${Math.floor(used / 1000)}\n`);
  });
});
