import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminals, type Terminal } from './pty.js';

const home = () => mkdtempSync(join(tmpdir(), 'mlsd-pty-'));
const events = (h: string) => {
  const dir = join(h, 'data', 'sessions');
  const [file] = readdirSync(dir);
  return readFileSync(join(dir, file!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; text?: string });
};
const start = terminals(afterEach);

async function startDrill(h: string, lines: string[]): Promise<Terminal> {
  const t = start(['drill', 'visual-search', '--mode', 'study'], h);
  await t.waitFor('Press Enter to start the clock');
  await t.type('\r');
  await t.waitFor('Step 1/5');
  for (const line of lines) {
    const m = t.mark();
    await t.line(line);
    // On screen means handled, and the journal is written before the screen is drawn.
    await t.waitFor(`• ${line}`, m);
  }
  return t;
}

describe('nothing typed is lost', () => {
  const lines = ['The goal is to grow saves and clicks', 'Scale is 150M daily active users', 'p95 latency under 300 ms'];

  it('resume restores every line typed before kill -9, and the step it was in', async () => {
    const h = home();
    const t = await startDrill(h, lines);
    t.proc.kill('SIGKILL');
    await t.exited;
    expect(events(h).filter((e) => e.type === 'line').map((e) => e.text)).toEqual(lines);

    const r = start(['resume'], h);
    const screen = await r.waitFor('Step 1/5 · Clarify requirements');
    await r.waitFor(lines.at(-1)!);
    for (const line of lines) expect(r.text()).toContain(line);
    expect(screen).toMatch(/Resuming \d{8}-\d{6}-visual-search/);
    await r.waitFor(/Coverage 3\/5/);
    const m = r.mark();
    await r.line('we have click logs for data');
    await r.line('/done');
    await r.waitFor('Press Enter to start step 2/5', m);
    const types = events(h).map((e) => e.type);
    expect(types).toContain('reopened');
    expect(types.filter((x) => x === 'line')).toHaveLength(4);
  });

  it('Ctrl-C asks, saves, and says how to resume', async () => {
    const h = home();
    const t = await startDrill(h, lines.slice(0, 1));
    await t.type('half a line');
    await t.type('\x03');
    await t.waitFor('Save this session and quit?');
    await t.type('\r');
    await t.waitFor(/Resume with: mlsd resume \d{8}-\d{6}-visual-search/);
    expect((await t.exited).exitCode).toBe(130);
    const saved = events(h);
    expect(saved.at(-1)?.type).toBe('suspended');
    expect(saved.filter((e) => e.type === 'line').map((e) => e.text)).toEqual([lines[0], 'half a line']);
  });

  it('Ctrl-C while paused asks with the clock still stopped', async () => {
    const h = home();
    const t = await startDrill(h, lines.slice(0, 1));
    await t.line('/pause');
    await t.waitFor('Paused: the clock is stopped');
    const m = t.mark();
    await t.type('\x03');
    const asked = await t.waitFor('Save this session and quit?', m);
    expect(asked).not.toMatch(/running again/);
    await t.type('\r');
    await t.waitFor(/Resume with: mlsd resume/);
    await t.exited;
    expect(events(h).map((e) => e.type)).not.toContain('resumed');
  });

  it('SIGTERM saves the session and exits', async () => {
    const h = home();
    const t = await startDrill(h, lines.slice(0, 2));
    t.proc.kill('SIGTERM');
    await t.waitFor('Resume with: mlsd resume');
    await t.exited;
    expect(events(h).at(-1)).toMatchObject({ type: 'suspended', reason: 'SIGTERM' });
  });
});
