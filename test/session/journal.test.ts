import { appendFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionsDir } from '../../src/store/paths.js';
import { appendEvent, closeJournal, createJournal, reopenJournal } from '../../src/store/journal.js';
import { readJournal } from '../../src/store/journal-read.js';
import { listSessions, resolveSession, sessionIdBase } from '../../src/store/session-files.js';
import { started } from './fixtures.js';

const fresh = () => {
  const home = mkdtempSync(join(tmpdir(), 'mlsd-journal-'));
  return { config: home, data: join(home, 'data') };
};

describe('the journal', () => {
  it('is private: file 0600 in a 0700 folder', () => {
    const paths = fresh();
    const j = createJournal(paths, 'a');
    appendEvent(j, started());
    closeJournal(j);
    expect(statSync(j.path).mode & 0o777).toBe(0o600);
    expect(statSync(sessionsDir(paths)).mode & 0o777).toBe(0o700);
  });

  it('reads back what was appended, one JSON line per event', () => {
    const paths = fresh();
    const j = createJournal(paths, 'a');
    appendEvent(j, started());
    appendEvent(j, { type: 'step-started', at: 1, step: 'clarify' });
    closeJournal(j);
    expect(readJournal(j.path).events.map((e) => e.type)).toEqual(['started', 'step-started']);
    expect(readFileSync(j.path, 'utf8').split('\n')).toHaveLength(3);
  });

  it('ignores a torn last line with a warning, and cuts it off before appending again', () => {
    const paths = fresh();
    const j = createJournal(paths, 'a');
    appendEvent(j, started());
    closeJournal(j);
    appendFileSync(j.path, '{"type":"line","at":2,"st');
    const read = readJournal(j.path);
    expect(read.events).toHaveLength(1);
    expect(read.warnings[0]).toMatch(/torn last line/);
    const again = reopenJournal(paths, 'a');
    appendEvent(again, { type: 'reopened', at: 3 });
    closeJournal(again);
    expect(readJournal(j.path)).toMatchObject({ warnings: [], events: [{ type: 'started' }, { type: 'reopened' }] });
  });

  it('refuses a damaged line in the middle', () => {
    const paths = fresh();
    const j = createJournal(paths, 'a');
    appendEvent(j, started());
    closeJournal(j);
    appendFileSync(j.path, 'garbage\n{"type":"finished","at":1}\n');
    expect(() => readJournal(j.path)).toThrow(/:2: not a JSON event/);
  });

  it('lists sessions newest first and resolves latest, ids and prefixes', () => {
    const paths = fresh();
    const ids = [sessionIdBase(Date.UTC(2026, 0, 2, 10), 'b'), sessionIdBase(Date.UTC(2026, 0, 1, 10), 'a')];
    for (const id of ids) closeJournal(createJournal(paths, id));
    expect(listSessions(paths).map((x) => x.id)).toEqual(['20260102-100000-b', '20260101-100000-a']);
    expect(resolveSession(paths).id).toBe('20260102-100000-b');
    expect(resolveSession(paths, '20260101').id).toBe('20260101-100000-a');
    expect(() => resolveSession(paths, '2026')).toThrow(/ambiguous/);
    expect(() => resolveSession(paths, 'zzz')).toThrow(/no session/);
  });
});
