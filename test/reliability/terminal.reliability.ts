import { describe, it } from 'vitest';
import { tempHome } from '../support/home.js';
import { drillOnScreen, expectOneFrame, typeLongLine } from '../support/steps.js';

describe('what is typed is kept whole, at length', () => {
  it('a 5,000-character line is recorded whole, and the screen stays one frame while and after it is typed', async () => {
    const h = tempHome();
    const { t, screen } = await drillOnScreen(h);
    await typeLongLine(t, screen, h, 5_000);
    await t.line('after the long one');
    await t.waitFor('• after the long one');
    await expectOneFrame(screen);
  });
});
