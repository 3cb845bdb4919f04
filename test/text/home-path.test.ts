// The saved session's path fits a narrow terminal: under the home folder it starts with ~.
import { describe, expect, it } from 'vitest';
import { homePath } from '../../src/text/home-path.js';

describe('homePath', () => {
  it.each([
    ['/home/ada/.local/share/mlsd/sessions/x.jsonl', '/home/ada', '~/.local/share/mlsd/sessions/x.jsonl'],
    ['/home/ada', '/home/ada', '~'],
    ['/home/adam/notes.md', '/home/ada', '/home/adam/notes.md'],
    ['/tmp/mlsd/x.jsonl', '/home/ada', '/tmp/mlsd/x.jsonl'],
    ['relative/x.jsonl', '/home/ada', 'relative/x.jsonl'],
    ['/x.jsonl', '/', '/x.jsonl'],
  ])('%s under %s reads %s', (path, home, shown) => {
    expect(homePath(path, home)).toBe(shown);
  });
});
