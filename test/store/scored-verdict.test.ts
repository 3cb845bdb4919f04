// A step's end (and the answer to its follow-up) carries the verdict the coach gave, so a history
// rebuild reads it instead of running the checker over every journal again. What it reads must be
// what the checker would say; journals written before it, and a damaged one, are scored again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/content/load.js';
import { coverageOf } from '../../src/coverage/index.js';
import { runAnswers, type Answers } from '../../src/session/answers.js';
import { stepCoverage } from '../../src/session/engine.js';
import { SessionRun } from '../../src/session/controller.js';
import type { Mode, SessionEvent } from '../../src/session/events.js';
import { summarize } from '../../src/session/summarize.js';
import { loadLedger } from '../../src/progress/ledger.js';
import { readJournal } from '../../src/store/journal-read.js';
import { pathsOf, repoRoot, sessionsFolder, tempHome } from '../support/home.js';
import { journalText } from '../progress/fixtures.js';

const roots = { bundled: repoRoot, user: '/nonexistent' };

interface Played {
  caseId: string;
  mode: Mode;
  answers: Answers;
  followups?: Record<string, string>;
}

/** A session run through the engine, as the terminal and --answers run it: its journal's events. */
function play({ caseId, mode, answers, followups = {} }: Played, id = `20260105-090000-${caseId}`): SessionEvent[] {
  const plan = loadPlan(roots, 'mlsd-45', caseId);
  const steps = plan.steps.map((s) => s.id);
  const events: SessionEvent[] = [
    { type: 'started', at: Date.UTC(2026, 0, 5, 9), v: 1, sessionId: id, caseId, frameworkId: 'mlsd-45', mode, strict: false, steps, source: 'answers' },
  ];
  let clock = Date.UTC(2026, 0, 5, 9);
  const run = new SessionRun(plan, events, { append: (e) => events.push(e), now: () => (clock += 40_000) });
  runAnswers(run, answers, undefined, { followups, probes: {} });
  return events;
}

/** The same journal as an older version wrote it: no verdicts. */
const unscored = (events: readonly SessionEvent[]): SessionEvent[] =>
  events.map((e) => {
    if (!('scored' in e)) return e;
    const { scored: _dropped, ...rest } = e;
    return rest as SessionEvent;
  });

const sessions: [string, Played][] = [
  [
    'a study session with red flags and a skipped step',
    {
      caseId: 'visual-search',
      mode: 'study',
      answers: {
        clarify: 'We will use a ViT model for this.\nAbout 100M daily users and 1,500 QPS at peak; latency under 200 ms.',
        frame: 'Rank images by similarity. Labels from clicks and saves.\nWe optimise accuracy on the test set, split at random.',
        model: 'Start with a pre-trained CLIP baseline, then fine-tune with a contrastive loss because labels are noisy.',
        deploy: 'Serve from an HNSW index; monitor drift and retrain weekly.',
      },
    },
  ],
  [
    'a mock session whose follow-up answers cover what a step missed',
    {
      caseId: 'payment-fraud',
      mode: 'mock',
      answers: {
        clarify: 'The goal is to cut fraud losses without blocking good customers.',
        evaluate: 'Offline we look at precision and recall at a fixed false positive rate.',
      },
      followups: {
        clarify: 'We have about 2,000 payments a second at peak and must decide in 100 ms.',
        evaluate: 'An A/B test: control keeps the old rules, treatment uses the model, with a guardrail on approval rate.',
      },
    },
  ],
];

describe('the verdict carried by the journal', () => {
  it.each(sessions)('%s: every step end carries it, and the summary read from it equals the checker\'s', (_what, played) => {
    const events = play(played);
    const plan = loadPlan(roots, 'mlsd-45', played.caseId);
    const ends = events.filter((e) => e.type === 'step-ended');
    expect(ends.length).toBe(plan.steps.length);
    expect(ends.every((e) => e.type === 'step-ended' && e.scored !== undefined)).toBe(true);
    expect(events.filter((e) => e.type === 'follow-up').every((e) => e.type === 'follow-up' && e.scored !== undefined)).toBe(true);
    const fromJournal = summarize(events, plan);
    expect(fromJournal).toEqual(summarize(unscored(events), plan));
    expect(fromJournal.steps.some((s) => s.covered.length > 0)).toBe(true);
  });

  it('the study session shows red flags, and a follow-up that covers a missed topic counts', () => {
    const study = play(sessions[0]![1]);
    expect(summarize(study, loadPlan(roots, 'mlsd-45', 'visual-search')).flags?.length).toBeGreaterThan(0);
    const mock = play(sessions[1]![1]);
    const coveredAt = (type: 'step-ended' | 'follow-up', step: string) => {
      const event = mock.find((e) => e.type === type && e.step === step);
      return event && 'scored' in event ? event.scored?.covered : undefined;
    };
    // The verdict given after the follow-up's answer is the one that stands: it credits what the answer covered.
    const credited = ['clarify', 'evaluate'].filter((step) => (coveredAt('follow-up', step)?.length ?? 0) > (coveredAt('step-ended', step)?.length ?? 0));
    expect(credited.length).toBeGreaterThan(0);
  });

  it('is what history reads: a verdict in the journal stands even where the checker would now say otherwise', () => {
    const events = play(sessions[0]![1]);
    const plan = loadPlan(roots, 'mlsd-45', 'visual-search');
    const forged = events.map((e) =>
      e.type === 'step-ended' && e.step === 'clarify' && e.scored ? { ...e, scored: { ...e.scored, covered: [...e.scored.covered, ...e.scored.missed], missed: [] } } : e,
    );
    const clarify = summarize(forged, plan).steps.find((s) => s.id === 'clarify')!;
    expect(clarify.missed).toEqual([]);
    expect(summarize(unscored(forged), plan).steps.find((s) => s.id === 'clarify')!.missed.length).toBeGreaterThan(0);
  });

  it('is set aside for a step with a line after it, and the flags with it: those are scored again', () => {
    const events = play(sessions[0]![1]);
    const plan = loadPlan(roots, 'mlsd-45', 'visual-search');
    const end = events.findIndex((e) => e.type === 'step-ended' && e.step === 'deploy');
    const forged = events.map((e) => (e.type === 'step-ended' && e.scored ? { ...e, scored: { covered: [...e.scored.covered, ...e.scored.missed], missed: [], flags: [] } } : e));
    const late: SessionEvent = { type: 'line', at: forged[end]!.at, step: 'deploy', text: 'We also split by time.' };
    const withLate = [...forged.slice(0, end + 1), late, ...forged.slice(end + 1)];
    const summary = summarize(withLate, plan);
    expect(summary.steps.find((s) => s.id === 'deploy')!.missed.length).toBeGreaterThan(0); // scored again
    expect(summary.steps.find((s) => s.id === 'clarify')!.missed).toEqual([]); // its own verdict still holds
    expect(summary.flags?.length).toBeGreaterThan(0); // a line came after the last flags given: found again
  });

  it('a damaged verdict is dropped as the journal is read, and the session scored again, not refused', () => {
    const home = tempHome();
    const events = play(sessions[0]![1]);
    const damaged = events.map((e) => (e.type === 'step-ended' && e.step === 'model' ? { ...e, scored: { covered: 'all of them', missed: [], flags: [] } } : e));
    const file = `${home}/journal.jsonl`;
    writeFileSync(file, journalText(damaged as SessionEvent[]));
    const read = readJournal(file).events;
    expect(read.find((e) => e.type === 'step-ended' && e.step === 'model')).not.toHaveProperty('scored');
    const plan = loadPlan(roots, 'mlsd-45', 'visual-search');
    expect(summarize(read, plan)).toEqual(summarize(unscored(events), plan));
  });
});

describe('a history rebuild', () => {
  const ledgerOf = (list: SessionEvent[][], home = tempHome()) => {
    mkdirSync(sessionsFolder(home), { recursive: true });
    for (const events of list) {
      const started = events[0]!;
      if (started.type !== 'started') throw new Error('not a journal');
      writeFileSync(`${sessionsFolder(home)}/${started.sessionId}.jsonl`, journalText(events));
    }
    return loadLedger(pathsOf(home), roots);
  };

  it('from journals that carry their verdicts gives the same records as from journals written before them', () => {
    const list = sessions.map(([, played], n) => play(played, `2026010${n + 1}-090000-${played.caseId}`));
    const carried = ledgerOf(list);
    const recomputed = ledgerOf(list.map(unscored));
    expect(carried.warnings).toEqual([]);
    expect(carried.summaries.length).toBe(2);
    expect(JSON.parse(JSON.stringify(carried.summaries))).toEqual(JSON.parse(JSON.stringify(recomputed.summaries)));
  });

  it('looks again at an unfinished session\'s journal, and takes a finished one\'s from the index (it is never written again)', () => {
    const [done, going] = sessions.map(([, played], n) => play(played, `2026010${n + 1}-090000-${played.caseId}`));
    const unfinished = going!.filter((e) => e.type !== 'finished');
    const home = tempHome();
    ledgerOf([done!, unfinished], home);
    const file = (events: SessionEvent[]) => `${sessionsFolder(home)}/${(events[0] as { sessionId: string }).sessionId}.jsonl`;
    writeFileSync(file(unfinished), journalText(going!)); // the session went on to its end
    writeFileSync(file(done!), journalText(done!.filter((e) => e.type !== 'finished'))); // edited by hand
    const byId = new Map(loadLedger(pathsOf(home), roots).summaries.map((r) => [r.id, r.finished]));
    expect(byId.get((going![0] as { sessionId: string }).sessionId)).toBe(true);
    expect(byId.get((done![0] as { sessionId: string }).sessionId)).toBe(true);
  });

  it('reads the same records back from the index it wrote, bodies and all', () => {
    const list = sessions.map(([, played], n) => play(played, `2026010${n + 1}-090000-${played.caseId}`));
    const home = tempHome();
    const built = JSON.parse(JSON.stringify(ledgerOf(list, home).summaries)) as unknown[];
    const read = loadLedger(pathsOf(home), roots).summaries;
    expect(JSON.parse(JSON.stringify(read))).toEqual(built);
    expect(read.map((r) => ({ ...r.steps[0] }))).toEqual(built.map((r) => (r as { steps: unknown[] }).steps[0]));
  });
});

describe('a step with nothing said', () => {
  it('covers nothing, as the checker finds in an empty answer', () => {
    for (const caseId of ['visual-search', 'payment-fraud']) {
      for (const planned of loadPlan(roots, 'mlsd-45', caseId).steps) {
        const empty = { id: planned.id, status: 'ended' as const, ended: 'skip' as const, usedMs: 0, entries: [], followUp: null, followUpDraft: null };
        expect(stepCoverage(planned, empty)).toEqual(coverageOf('', planned.topics, { typed: true }));
      }
    }
  });
});
