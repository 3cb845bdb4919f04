// The prompt of one step: header with a live countdown, the lines entered so far,
// a coverage meter (study mode), and the line being typed. It re-renders every
// second without touching the line being typed. Each entered line goes to the
// session (which writes and fsyncs it) synchronously, inside the keypress
// handler, so it is on disk before the next key is read.
import chalk from 'chalk';
import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import type { PlannedStep } from '../content/model.js';
import type { SessionRun } from '../session/controller.js';
import { boxMs, stepCoverage, type Feedback } from '../session/engine.js';
import { linesOf, type Entry } from '../session/state.js';
import { countdown, formatClock } from '../session/time.js';
import { wrap } from '../report/text.js';

export interface StepPromptConfig {
  run: SessionRun;
  index: number;
  step: PlannedStep;
  /** The line being typed when the prompt was last interrupted (Ctrl-C answered "no"). */
  draft: string;
  onDraft(draft: string): void;
  bell(): void;
  size(): { rows: number; columns: number };
}

export type StepEnd = 'ended';

const commandBar = '/hint /done /skip /pause /time /help · ? ask the interviewer';

function entryLines(entry: Entry, step: PlannedStep, width: number): string[] {
  if (entry.kind === 'line') return wrap(entry.text, width, '  • ');
  if (entry.kind === 'question') {
    return [...wrap(entry.text, width, '  ? '), ...wrap(entry.reply, width, '    ↳ ')].map((l) => chalk.cyan(l));
  }
  const topic = step.topics.find((t) => t.id === entry.topic)?.title ?? entry.topic;
  return wrap(`${topic}: ${entry.text}`, width, `  hint ${entry.level}: `).map((l) => chalk.magenta(l));
}

const tone = (f: Feedback): ((s: string) => string) => (f.tone === 'warn' ? chalk.yellow : f.tone === 'hint' ? chalk.magenta : chalk.dim);

export const stepPrompt = createPrompt<StepEnd, StepPromptConfig>((config, done) => {
  const { run, index, step } = config;
  const [value, setValue] = useState(config.draft);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [, setFrame] = useState(0);
  const frame = useRef(0);
  const redraw = () => setFrame(++frame.current);
  const second = useRef(-1);
  const draft = useRef(config.draft);
  const box = boxMs(step);
  const belled = useRef(run.used(index) >= box);
  const ended = useRef(false);

  const finish = () => {
    if (ended.current) return;
    ended.current = true;
    redraw(); // the final frame stays on screen: show the step as it ended
    done('ended');
  };

  useEffect((rl) => {
    if (config.draft) rl.write(config.draft);
    const timer = setInterval(() => {
      if (ended.current) return;
      const used = run.used(index);
      if (!belled.current && used >= box) {
        belled.current = true;
        config.bell();
      }
      if (run.state.strict && used >= box && !run.state.paused) {
        // The draft is never lost: what was being typed is kept as a line.
        run.saveDraft(draft.current);
        config.onDraft('');
        if (run.tick()) return finish();
      }
      if (Math.floor(used / 1000) !== second.current) {
        second.current = Math.floor(used / 1000);
        redraw();
      }
    }, 200);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key, rl) => {
    if (ended.current) return;
    if (run.state.paused) {
      // Any key continues and is not typed, except a "/" that starts "/resume" or another command.
      run.resume();
      const keep = rl.line === `${draft.current}/` ? rl.line : draft.current;
      rl.clearLine(0);
      rl.write(keep);
      draft.current = keep;
      config.onDraft(keep);
      setValue(keep);
      setFeedback({ tone: 'info', text: 'The clock is running again.' });
      return;
    }
    if (isEnterKey(key)) {
      const text = value;
      draft.current = '';
      config.onDraft('');
      setValue('');
      const result = run.input(text);
      if (run.state.current !== index) return finish();
      // Replies and hints show in the transcript; only notes and warnings below it.
      setFeedback(result && result.tone !== 'reply' && result.tone !== 'hint' ? result : null);
      redraw();
      return;
    }
    draft.current = rl.line;
    config.onDraft(rl.line);
    setValue(rl.line);
  });

  return render(config, value, feedback);
});

function render(config: StepPromptConfig, value: string, feedback: Feedback | null): [string, string] {
  const { run, index, step } = config;
  const state = run.state;
  const { rows, columns } = config.size();
  const width = Math.max(30, Math.min(columns, 100) - 1);
  const total = state.steps.length;
  const used = run.used(index);
  const box = boxMs(step);
  const clock = countdown(used, box);
  const live = state.current === index;
  const clockText = !live
    ? `${formatClock(Math.min(used, state.strict ? box : used))} used of ${formatClock(box)}`
    : state.paused
    ? chalk.yellow(`paused ${clock.text}`)
    : clock.over
      ? chalk.red.bold(`${clock.text} over time`)
      : `${clock.text} left`;
  const study = state.mode === 'study';

  const head = [`${chalk.bold(`Step ${index + 1}/${total} · ${step.title}`)} · ${step.minutes} min box · ${clockText}`];
  if (live && clock.over && !state.paused && !state.strict) head.push(chalk.red('Time is up for this step: wrap up and /done (overtime is recorded).'));
  const guide: string[] = [];
  if (study) {
    if (step.goal) guide.push(...wrap(step.goal, width).map((l) => chalk.dim(l)));
    for (const q of step.questions) guide.push(...wrap(q, width, '  - ').map((l) => chalk.dim(l)));
  }

  const entries = state.steps[index]?.entries ?? [];
  const transcript = entries.flatMap((e) => entryLines(e, step, width));
  const meter: string[] = [];
  if (study) {
    const coverage = stepCoverage(step, linesOf(state.steps[index]!));
    const covered = coverage.filter((c) => c.covered).length;
    const marks = coverage.map((c) => ({ text: `${c.covered ? '✓' : '·'} ${c.topic.title}`, style: c.covered ? chalk.green : chalk.dim }));
    meter.push(...flow(`Coverage ${covered}/${coverage.length}:`, marks, width));
  }
  const style = feedback ? tone(feedback) : (l: string) => l;
  // Keep the spacing of multi-line messages (the /help table); wrap single paragraphs.
  const message = !feedback || state.paused
    ? []
    : feedback.text.includes('\n')
      ? feedback.text.split('\n').map((l) => style(l.slice(0, width)))
      : wrap(feedback.text, width).map((l) => style(l));
  const promptLine = !live
    ? chalk.dim(state.steps[index]?.ended === 'timeout' ? 'Time is up: the step ended at its time box.' : 'Step ended.')
    : state.paused
      ? chalk.yellow('Paused: the clock is stopped. Press any key to continue.')
      : `${chalk.bold('›')} ${value}`;
  const bottom = chalk.dim(commandBar);

  // Never taller than the terminal: the screen manager cannot redraw above its top row.
  const promptRows = Math.ceil((value.length + 3) / Math.max(1, columns));
  let budget = rows - head.length - meter.length - message.length - promptRows - 2 - 1;
  const shownGuide = guide.length + 1 <= budget - 2 ? guide : [];
  budget -= shownGuide.length ? shownGuide.length + 1 : 0;
  const shown =
    budget <= 0
      ? []
      : transcript.length <= budget
        ? transcript
        : [chalk.dim(`  … ${transcript.length - budget + 1} earlier lines`), ...(budget > 1 ? transcript.slice(-(budget - 1)) : [])];
  const body = [
    ...head,
    ...(shownGuide.length ? [...shownGuide, ''] : []),
    ...shown,
    ...meter,
    ...message,
    promptLine,
  ];
  return [body.join('\n'), bottom];
}

/** Items laid out in rows no wider than `width`, measured before styling. */
function flow(lead: string, items: { text: string; style: (s: string) => string }[], width: number): string[] {
  const rows: string[] = [];
  let row = lead;
  let length = lead.length;
  for (const item of items) {
    if (length + 2 + item.text.length > width && length > 0) {
      rows.push(row);
      row = '  ';
      length = 2;
    }
    row += `  ${item.style(item.text)}`;
    length += 2 + item.text.length;
  }
  rows.push(row);
  return rows;
}
