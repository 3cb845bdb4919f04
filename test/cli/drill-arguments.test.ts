// "drill --twist CASE": an option whose value is optional must not swallow the case id.
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';

describe('drill arguments', () => {
  it('reads "drill --twist CASE" as the case with a twist chosen for the session', async () => {
    const r = await run(['drill', '--twist', 'video-recommendation']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"mlsd drill" needs a terminal/);
  });

  it('still says the case is missing when there is none', async () => {
    const r = await run(['drill', '--mode', 'mock']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'case'/);
  });
});
