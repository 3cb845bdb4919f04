// Crash torture: interactive sessions in a real pseudo-terminal, killed with SIGKILL at
// random moments (mid-keystroke, right after Enter while the line is being written,
// during a step change, during a countdown redraw, mid-paste), then resumed. After every
// kill the journal must hold every line that was shown as recorded before the kill,
// exactly once and in the order typed; a line in flight at the kill may be there at most
// once. Every session must resume and export. Seeded: a failure names its seed.
// Every other session is a mock one, with the interviewer's follow-up after each step:
// a follow-up answer shown accepted is in the journal once; a half-typed one is either
// killed (SIGKILL: lost, as nothing can catch it) or stopped with SIGTERM, which must
// journal it as a follow-up-draft that resume puts back in the prompt.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readJournal } from '../../src/store/journal-read.js';
import { replay } from '../../src/session/state.js';
import { bin, repoRoot } from '../support/home.js';
import { spawnMlsd } from '../support/pty.js';
import { random } from './corpus.js';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type KillMoment = 'keystroke' | 'enter' | 'step' | 'tick' | 'paste' | 'follow-up' | 'any';
const moments: KillMoment[] = ['keystroke', 'enter', 'step', 'tick', 'paste', 'follow-up', 'any'];

export interface TortureOptions {
  kills: number;
  seed: number;
  log?: (line: string) => void;
}

export interface TortureResult {
  seed: number;
  kills: number;
  sessions: number;
  /** Lines whose Enter was pressed. */
  entered: number;
  /** Of those, shown on screen as recorded before the kill. */
  confirmed: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** Kills that left a half-written last line in the journal (cut when the session was reopened). */
  torn: number;
  /** Follow-up and probe answers shown accepted; half-typed ones stopped with SIGTERM (each must be journaled). */
  followUps: number;
  drafts: number;
  byMoment: Record<KillMoment, number>;
  failures: string[];
}

/** What the screen shows after a step ends: the next step's start, the end, or the interviewer's follow-up. */
const afterStep = /Press Enter to start step|Show the reference outline|Your answer:/;

const words = ['latency', 'recall', 'embeddings', 'users', 'clicks', 'index', 'drift', 'labels', 'ranking', 'cache', 'A/B', 'p95'];

interface SessionLog {
  id: string | null;
  /** Every line whose Enter was sent, in order. */
  typed: string[];
  confirmed: Set<string>;
  finished: boolean;
  mock: boolean;
  /** Follow-up (and probe) answers whose Enter the screen showed accepted. */
  followUps: string[];
  /** A half-typed follow-up answer stopped with SIGTERM: journaled, and put back in the prompt by resume. */
  draft: string | null;
}

class Killed extends Error {}

export async function torture(options: TortureOptions): Promise<TortureResult> {
  const rnd = random(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const between = (lo: number, hi: number) => Math.floor(lo + rnd() * (hi - lo + 1));
  const home = mkdtempSync(join(tmpdir(), 'mlsd-torture-'));
  const sessionsDir = join(home, 'data', 'sessions');
  const result: TortureResult = {
    seed: options.seed,
    kills: 0,
    sessions: 0,
    entered: 0,
    confirmed: 0,
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    torn: 0,
    followUps: 0,
    drafts: 0,
    byMoment: Object.fromEntries(moments.map((m) => [m, 0])) as Record<KillMoment, number>,
    failures: [],
  };
  let counter = 0;
  let session: SessionLog | null = null;
  const known = new Set<string>();

  const fail = (message: string) => {
    result.failures.push(`[seed ${options.seed}, kill ${result.kills}] ${message}`);
    options.log?.(`torture: FAIL ${message}`);
  };

  while (result.kills < options.kills) {
    if (!session || session.finished) {
      session = { id: null, typed: [], confirmed: new Set(), finished: false, mock: result.sessions % 2 === 1, followUps: [], draft: null };
      result.sessions++;
    }
    const current = session;
    const args = current.id ? ['resume', current.id] : ['drill', 'visual-search', '--mode', current.mock ? 'mock' : 'study'];
    const term = spawnMlsd(args, home);
    let dead = false;
    let killed = false;
    const exited = term.exited.then((e) => {
      dead = true;
      return e;
    });
    const alive = () => {
      if (dead || killed) throw new Killed();
    };
    const waitFor = async (pattern: string | RegExp, since: number, ms = 10_000) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const seen = term.text().slice(since);
        if (typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen)) return seen;
        alive();
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}:\n${seen.slice(-1500)}`);
        await sleep(5);
      }
    };
    const write = (keys: string) => {
      alive();
      term.proc.write(keys);
    };
    let stopped = 'SIGKILL' as NodeJS.Signals;
    const kill = (signal: NodeJS.Signals = 'SIGKILL') => {
      if (!killed && !dead) stopped = signal;
      killed = true;
      if (!dead) term.proc.kill(signal);
    };

    const moment = pick(current.mock ? moments : moments.filter((m) => m !== 'follow-up'));
    const warmup = between(0, 5);
    let entered: string[] = [];

    const newLine = () => `z${String(++counter).padStart(6, '0')} ${Array.from({ length: between(1, 6) }, () => pick(words)).join(' ')}`;
    /** Types a line in a few chunks, presses Enter, and waits until the screen shows it recorded. */
    const enterLine = async (killAfterEnter: boolean) => {
      const text = newLine();
      const cut = between(1, text.length - 1);
      write(text.slice(0, cut));
      await sleep(between(0, 15));
      const m = term.mark();
      write(text.slice(cut) + '\r');
      current.typed.push(text);
      entered.push(text);
      result.entered++;
      if (killAfterEnter) {
        await sleep(between(0, 3));
        return kill();
      }
      await waitFor(`• ${text}`, m);
      current.confirmed.add(text);
      result.confirmed++;
    };
    /** At a follow-up (or probe) prompt: answers it (after the draft resume put back) and waits for what comes next. */
    const answerFollowUp = async () => {
      const text = `f${String(++counter).padStart(6, '0')} ${pick(words)}`;
      const m = term.mark();
      write(`${text}\r`);
      // What comes next counts only after the answer's echo: a resumed probe shows the kept answer's
      // "Your answer:" line before its own prompt is drawn, and that line is not the next prompt.
      const echoed = m + (await waitFor(text, m)).indexOf(text) + text.length;
      await waitFor(afterStep, echoed);
      current.followUps.push(`${current.draft ?? ''}${text}`);
      result.followUps++;
      current.draft = null;
      return echoed;
    };
    /** Waits for the step prompt, starting the step if the session is between steps (answering a follow-up first). */
    const ready = async (since: number): Promise<'step' | 'finished'> => {
      const seen = await waitFor(/Press Enter to start|\/done \/skip|Show the reference outline|is finished|Your answer:/, since);
      if (/is finished|Show the reference outline/.test(seen)) return 'finished';
      const last = (what: string) => seen.lastIndexOf(what);
      if (last('Your answer:') > Math.max(last('Press Enter to start'), last('/done /skip'))) return ready(await answerFollowUp());
      current.draft = null; // past any follow-up: a draft kept for it was answered
      if (last('Press Enter to start') > last('/done /skip')) {
        const m = term.mark();
        write('\r');
        await waitFor(/Step \d\/5 · /, m);
      }
      return 'step';
    };

    let timer: NodeJS.Timeout | undefined;
    try {
      if (moment === 'any') timer = setTimeout(kill, between(30, 2500));
      let state = await ready(0);
      for (let i = 0; i < warmup && state === 'step'; i++) {
        const op = rnd();
        if (op < 0.7) await enterLine(false);
        else if (op < 0.85) await sleep(between(50, 600));
        else {
          const m = term.mark();
          write('/done\r');
          await waitFor(afterStep, m);
          state = await ready(m);
        }
      }
      if (state === 'finished') {
        current.finished = true;
        kill();
      } else if (moment === 'keystroke') {
        const text = newLine();
        write(text.slice(0, between(1, text.length)));
        await sleep(between(0, 20));
        kill();
      } else if (moment === 'enter') {
        await enterLine(true);
      } else if (moment === 'step') {
        write('/done\r');
        if (rnd() < 0.5) {
          await sleep(between(0, 8));
        } else {
          const m = term.mark();
          await waitFor(afterStep, m);
          write('\r');
          await sleep(between(0, 30));
        }
        kill();
      } else if (moment === 'tick') {
        // The countdown redraws each second; land somewhere in a redraw.
        await sleep(between(900, 2200));
        kill();
      } else if (moment === 'follow-up') {
        const m = term.mark();
        write('/done\r');
        const seen = await waitFor(afterStep, m);
        if (seen.includes('Your answer:')) {
          const half = `d${String(++counter).padStart(6, '0')} ${pick(words)}`.slice(0, between(2, 9));
          const typedAt = term.mark();
          write(half);
          await waitFor(half, typedAt);
          if (rnd() < 0.5) kill();
          else {
            kill('SIGTERM');
            current.draft = half;
            result.drafts++;
            // Let it save and exit: the kill -9 below is for a process that does not.
            await Promise.race([exited, sleep(5_000)]);
          }
        } else kill();
      } else if (moment === 'paste') {
        const lines = Array.from({ length: between(2, 5) }, newLine);
        write(lines.map((l) => `${l}\r`).join(''));
        current.typed.push(...lines);
        entered.push(...lines);
        result.entered += lines.length;
        await sleep(between(0, 40));
        kill();
      } else {
        for (;;) await enterLine(false);
      }
    } catch (error) {
      if (!(error instanceof Killed) && !dead && !killed) fail(`${args.join(' ')}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
      kill();
    }
    const exit = await exited;
    result.kills++;
    result.byMoment[moment]++;

    // Which journal is this session's?
    if (!current.id) {
      const fresh = listJournals(sessionsDir).filter((id) => !known.has(id));
      if (fresh.length > 1) fail(`one drill made ${fresh.length} journals`);
      current.id = fresh[0] ?? null;
      if (current.id) known.add(current.id);
      else {
        // Killed before the journal existed: no line can have been entered.
        if (current.typed.length > 0 && current.confirmed.size > 0) fail('lines were shown recorded but no journal exists');
        session = null;
        result.sessions--;
        continue;
      }
    }
    if (exit.exitCode !== 0 && exit.signal !== 9 && !(stopped === 'SIGTERM' && exit.exitCode === 143) && !current.finished) {
      fail(`${args.join(' ')} exited ${exit.exitCode} (signal ${exit.signal}):\n${term.text().slice(-800)}`);
    }
    const checked = checkJournal(join(sessionsDir, `${current.id}.jsonl`), current, stopped);
    result.lost += checked.lost.length;
    result.duplicated += checked.duplicated.length;
    result.outOfOrder += checked.outOfOrder ? 1 : 0;
    result.torn += checked.torn ? 1 : 0;
    for (const problem of checked.problems) fail(`${current.id}: ${problem}`);
    if (checked.finished) current.finished = true;
    entered = [];
    options.log?.(
      `kill ${result.kills} (${moment}): ${current.typed.length} typed, ${checked.lines} recorded` + (checked.problems.length ? ' ✗' : ''),
    );

    // Export must work after every kill, finished or not.
    try {
      const { stdout } = await run(process.execPath, [bin, 'export', current.id, '--format', 'json'], {
        cwd: repoRoot,
        env: { ...process.env, MLSD_HOME: home, NO_COLOR: '1' },
      });
      const exported = JSON.parse(stdout) as { events: { type: string; text?: string }[] };
      const lines = exported.events.filter((e) => e.type === 'line').map((e) => e.text);
      if (lines.length !== checked.lines) fail(`${current.id}: export has ${lines.length} lines, the journal ${checked.lines}`);
    } catch (error) {
      fail(`export ${current.id}: ${(error as Error).message}`);
    }
  }
  return result;
}

function listJournals(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.jsonl'))
      .map((n) => n.slice(0, -'.jsonl'.length));
  } catch {
    return [];
  }
}

interface Checked {
  torn: boolean;
  lines: number;
  lost: string[];
  duplicated: string[];
  outOfOrder: boolean;
  finished: boolean;
  problems: string[];
}

/** The journal against what was typed: every confirmed line once, in typing order, nothing twice. */
export function checkJournal(path: string, log: SessionLog, stopped: NodeJS.Signals = 'SIGKILL'): Checked {
  const problems: string[] = [];
  let recorded: string[] = [];
  let followUps: string[] = [];
  let drafts: string[] = [];
  let finished = false;
  let torn = false;
  try {
    const { events, warnings } = readJournal(path);
    torn = warnings.length > 0;
    const state = replay(events);
    finished = state.finished;
    recorded = events.flatMap((e) => (e.type === 'line' ? [e.text] : []));
    followUps = events.flatMap((e) => (e.type === 'follow-up' ? [e.answer, e.probeAnswer ?? ''] : []));
    // A draft's text counts until its step's follow-up is answered (then that event holds it).
    drafts = state.steps.flatMap((st) => (st.followUpDraft ? [st.followUpDraft.answer, st.followUpDraft.probeAnswer ?? ''] : []));
  } catch (error) {
    problems.push(`journal unreadable: ${(error as Error).message}`);
  }
  const seen = new Set<string>();
  const duplicated = recorded.filter((t) => (seen.has(t) ? true : (seen.add(t), false)));
  const lost = [...log.confirmed].filter((t) => !seen.has(t));
  const order = new Map(log.typed.map((t, i) => [t, i]));
  const stranger = recorded.filter((t) => !order.has(t));
  let outOfOrder = false;
  for (let i = 1; i < recorded.length; i++) if ((order.get(recorded[i]!) ?? 0) < (order.get(recorded[i - 1]!) ?? 0)) outOfOrder = true;
  if (lost.length) problems.push(`lost ${lost.length} confirmed line(s): ${lost.slice(0, 3).join(' | ')}`);
  if (duplicated.length) problems.push(`duplicated: ${duplicated.slice(0, 3).join(' | ')}`);
  if (stranger.length) problems.push(`lines never typed: ${stranger.slice(0, 3).join(' | ')}`);
  if (outOfOrder) problems.push('lines out of typing order');
  const kept = [...followUps, ...drafts];
  const lostFollowUps = log.followUps.filter((t) => !kept.includes(t));
  if (lostFollowUps.length) problems.push(`lost follow-up answer(s): ${lostFollowUps.slice(0, 3).join(' | ')}`);
  const twice = log.followUps.filter((t) => followUps.filter((k) => k === t).length > 1);
  if (twice.length) problems.push(`follow-up answer(s) recorded twice: ${twice.slice(0, 3).join(' | ')}`);
  if (stopped === 'SIGTERM' && log.draft !== null && !drafts.some((d) => d === log.draft)) {
    problems.push(`SIGTERM did not keep the half-typed follow-up answer "${log.draft}" (drafts: ${JSON.stringify(drafts)})`);
  }
  return { torn, lines: recorded.length, lost, duplicated, outOfOrder, finished, problems };
}

export const summaryLine = (r: TortureResult): string =>
  `torture: ${r.kills} kills, ${r.entered} lines entered (${r.confirmed} shown recorded before a kill), ${r.lost} lost, ${r.duplicated} duplicated` +
  `, ${r.sessions} sessions, ${r.torn} torn last lines cut on resume, ${r.followUps} follow-up answers and ${r.drafts} half-typed ones (SIGTERM) kept` +
  `, seed ${r.seed}` +
  ` [${moments.map((m) => `${m} ${r.byMoment[m]}`).join(', ')}]`;
