// A session at the terminal: the banner, each step's prompt, the end-of-step
// report and follow-up, the scorecard. Session logic lives in the SessionRun;
// this only shows it and passes keystrokes on.
import chalk from 'chalk';
import { wrap } from '../text/wrap.js';
import { boxMs } from '../session/engine.js';
import { summarizeState } from '../session/summarize.js';
import { plain } from '../text/plain.js';
import { boxText } from '../session/time.js';
import { closeJournal, discardJournal, JournalWriteError } from '../store/journal.js';
import type { OpenSession } from '../store/sessions.js';
import type { FollowUp } from '../session/interviewer.js';
import { askAnswer } from './draft-line.js';
import { confirmQuestion, isPromptExit, pressEnter, type PromptIO } from './prompts.js';
import { scorecardText } from './scorecard.js';
import { command } from '../text/command.js';
import { banner, interviewerSays, referenceOutlineText, stepEndText, unsavedText } from './session-text.js';
import { textWidth } from './width.js';

class Quit extends Error {}

export interface TerminalOptions {
  resumed?: boolean;
}

/** The terminal a session runs in. */
export interface TerminalIO {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** How the session left the terminal: run to its end, or saved to be resumed (Ctrl-C, answered yes). */
export type SessionOutcome = 'finished' | 'saved';

export async function runInTerminal(open: OpenSession, ctx: TerminalIO, options: TerminalOptions = {}): Promise<SessionOutcome> {
  // Loads while the candidate reads the banner: the first prompt does not wait for it.
  const stepPromptModule = import('./step-prompt.js');
  stepPromptModule.catch(() => undefined);
  const { run, journal } = open;
  const { plan } = run;
  const io: PromptIO = { input: ctx.stdin, output: ctx.stdout };
  const out = (...lines: string[]) => ctx.stdout.write(`${lines.join('\n')}\n`);
  const width = () => textWidth(ctx.stdout.columns);
  const resumeHint = `Resume with: ${command(`resume ${journal.id}`)}`;
  let draft = '';
  const display = { hideGuide: false };
  // Journals what was typed of the follow-up in progress (Ctrl-C, SIGTERM, SIGHUP), as `draft` is for a step.
  let saveFollowUpDraft = () => {};
  // Quit before the clock started: nothing was typed, so nothing is kept (history, export and resume never see it).
  const clockNeverStarted = () => !options.resumed && run.state.steps.every((s) => s.status === 'pending');
  const nothingKept = 'Nothing saved: the clock had not started.';

  // SIGTERM, SIGHUP: save (the half-typed line too) and exit at once.
  const onSignal = (signal: NodeJS.Signals) => {
    let said = `Session saved (${signal}). ${resumeHint}`;
    if (clockNeverStarted()) {
      discardJournal(journal);
      said = nothingKept;
    } else {
      try {
        run.saveDraft(draft);
        saveFollowUpDraft();
        run.suspend(signal);
      } catch (error) {
        said = `${unsavedText(error, draft)}\nmlsd: ${error instanceof Error ? error.message : String(error)}`;
      }
      closeJournal(journal);
    }
    try {
      ctx.stdout.write(`\x1b[?25h\n${chalk.dim(said)}\n`);
    } catch {
      // SIGHUP: the terminal may be gone; the session is saved all the same.
    }
    process.exit(signal === 'SIGTERM' ? 143 : 129);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  // A closed terminal window ends stdin (EIO) before its SIGHUP arrives, and readline's own
  // end handler then throws (setRawMode EIO): save first, as for SIGHUP.
  const onTerminalGone = () => onSignal('SIGHUP');
  ctx.stdin.prependListener('end', onTerminalGone);
  ctx.stdin.prependListener('error', onTerminalGone);

  /** Runs a prompt; Ctrl-C asks whether to save and quit, and retries the prompt when the answer is no. */
  async function guard<T>(ask: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await ask();
      } catch (error) {
        if (!isPromptExit(error)) throw error;
        if (clockNeverStarted()) throw new Quit(); // nothing to save, so nothing to ask
        let quit = true;
        try {
          quit = await confirmQuestion('Save this session and quit? (resume it later)', true, io);
        } catch (again) {
          if (!isPromptExit(again)) throw again;
        }
        if (quit) throw new Quit();
      }
    }
  }

  /** Waits for Enter; keys typed or pasted along with it go back to stdin for the step prompt to read. */
  async function startWhenReady(message: string): Promise<void> {
    const typed = (await guard(() => pressEnter(message, io))).join('');
    if (typed) ctx.stdin.unshift(Buffer.from(typed, 'utf8'));
  }

  /** The journal could not be written: show what was not kept, so it can be copied, and stop with the one-line reason. */
  function stopUnsaved(error: unknown): never {
    closeJournal(journal);
    if (error instanceof JournalWriteError) out('', chalk.yellow(unsavedText(error, draft)));
    throw error;
  }

  /**
   * An answer long enough that the terminal wrapped it at its edge, mid-word, is redrawn in
   * place wrapped at the screen's one width, as every other text of the session is.
   */
  function rewrapAnswer(answer: string): void {
    const lead = '? Your answer: ';
    const typedRows = Math.ceil((lead.length + answer.length) / (ctx.stdout.columns || 80));
    if (typedRows <= 1) return;
    ctx.stdout.write(`\x1b[${typedRows}A\r\x1b[J`);
    out(...wrap(plain(answer), width(), lead).map((l, i) => (i === 0 ? `${chalk.green('?')} ${chalk.bold('Your answer:')}${l.slice(lead.length - 1)}` : l)));
  }

  /** The follow-up and, when the answer misses its point, the probe; resumed from what was typed before a stop. */
  async function followUpAtTerminal(index: number, chosen: FollowUp): Promise<void> {
    const kept = run.state.steps[index]!.followUpDraft;
    const followUp = kept ? { topic: kept.topic, question: kept.question } : chosen;
    let answer = kept?.answer ?? '';
    let probe = kept?.probe ?? null;
    let probeAnswer = kept?.probeAnswer ?? '';
    const probed = () => (probe === null ? undefined : { question: probe, answer: probeAnswer });
    saveFollowUpDraft = () => run.saveFollowUpDraft(index, followUp, answer, probed());
    out('', ...interviewerSays(followUp.question, width()));
    if (probe === null) {
      answer = await guard(() => askAnswer(io, answer, (typed) => (answer = typed)));
      rewrapAnswer(answer);
      probe = run.probe(index, followUp, answer);
      // The whole answer is on disk before the probe is asked: a kill -9 there loses nothing typed.
      if (probe !== null) saveFollowUpDraft();
    } else {
      out(chalk.dim(`Your answer: ${plain(answer)}`));
    }
    if (probe !== null) {
      out('', ...interviewerSays(probe, width()));
      probeAnswer = await guard(() => askAnswer(io, probeAnswer, (typed) => (probeAnswer = typed)));
      rewrapAnswer(probeAnswer);
    }
    saveFollowUpDraft = () => {};
    run.answerFollowUp(index, followUp, answer, probed());
  }

  try {
    if (options.resumed) {
      for (const warning of open.warnings) out(chalk.yellow(plain(warning)));
      run.reopen();
      out(chalk.bold(`Resuming ${journal.id}`) + chalk.dim(` (${plan.case?.title ?? ''}, ${run.state.mode})`));
      if (plan.case) out(...wrap(`“${plan.case.question}”`, width()).map((l) => chalk.dim(l)));
    } else {
      out(banner(open, width()));
      await startWhenReady('Press Enter to start the clock');
    }
    for (let action = run.next(); action.kind !== 'finished'; action = run.next()) {
      if (action.kind === 'finish') {
        run.finish();
        break;
      }
      if (action.kind === 'follow-up') {
        await followUpAtTerminal(action.index, action.followUp);
        continue;
      }
      const step = run.state.steps[action.index]!;
      const planned = plan.steps.find((p) => p.id === step.id)!;
      if (!action.started) {
        if (action.index > 0 || options.resumed) {
          await startWhenReady(`Press Enter to start step ${action.index + 1}/${run.state.steps.length}: ${planned.title} (${boxText(boxMs(planned, run.state.pace))})`);
        }
        run.startStep(action.index);
      }
      out('');
      const { stepPrompt } = await stepPromptModule;
      const end = await guard(() =>
        stepPrompt(
          {
            run,
            index: action.index,
            step: planned,
            draft,
            onDraft: (d) => (draft = d),
            bell: () => ctx.stdout.write('\x07'),
            size: () => ({ rows: ctx.stdout.rows || 24, columns: ctx.stdout.columns || 80 }),
            onResize: (listener) => {
              ctx.stdout.on('resize', listener);
              return () => ctx.stdout.off('resize', listener);
            },
            clearScreen: () => ctx.stdout.write('\x1b[H\x1b[2J'),
            display,
          },
          { input: ctx.stdin, output: ctx.stdout },
        ),
      );
      if (end.kind === 'failed') throw end.error;
      draft = '';
      out(...stepEndText(run.state, plan, action.index, width()));
    }
  } catch (error) {
    if (error instanceof Quit) {
      if (clockNeverStarted()) {
        discardJournal(journal);
        out('', nothingKept);
        return 'saved';
      }
      try {
        run.saveDraft(draft);
        saveFollowUpDraft();
        run.suspend('SIGINT');
      } catch (failed) {
        return stopUnsaved(failed);
      }
      closeJournal(journal);
      out('', `Session saved. ${resumeHint}`);
      return 'saved';
    }
    return stopUnsaved(error);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    ctx.stdin.off('end', onTerminalGone);
    ctx.stdin.off('error', onTerminalGone);
  }
  closeJournal(journal);
  const summary = summarizeState(run.state, plan);
  out('', scorecardText(summary, plan, journal.path, width()));
  if (plan.case) {
    let show = false;
    try {
      show = await confirmQuestion('Show the reference outline for this case?', false, io);
    } catch (error) {
      if (!isPromptExit(error)) throw error;
    }
    if (show) out('', ...referenceOutlineText(plan.case, plan, run.state, summary.twist, width()));
  }
  return 'finished';
}
