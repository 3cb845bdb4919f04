import { expect, it } from 'vitest';
import { leadingLiterals } from '../../src/coverage/cues.js';
it.each([
  ['\\b(mae|rmse|mse)\\b(?!\\s*(loss))', ['mae', 'rmse', 'mse']],
  ['\\b(lightweight|light-weight|cheap)\\s+model', ['lightweight', 'light-weight', 'cheap']],
  ['\\bonly\\b[^.;]{1,60}\\b(not|no)\\b', ['only']],
  ['\\bp9[059](\\.9)?', ['p9']],
  ['\\bivf(-?pq)?\\b', ['ivf']],
  ['(?-i)\\bm?AP\\b', undefined],
  ['\\bm?ap', undefined],
  ['\\b(a|b)?c', undefined],
  ['foo|bar', undefined],
  ['\\b\\d+\\s*ms\\b', undefined],
  ['(<|under)\\s*\\d+', undefined],
  ['\\bp\\s*\\(\\s*\\w', ['p']],
  ['[|(]x', undefined],
])('%s', (source, expected) => expect(leadingLiterals(source)).toEqual(expected));
