// The prompt of one step: header with a live countdown, the lines entered so far,
// a coverage meter (study mode), and the line being typed. It re-renders every
// second without touching the line being typed. Each entered line goes to the
// session (which writes and fsyncs it) synchronously, inside the keypress
// handler, so it is on disk before the next key is read.
import type { Interface } from 'node:readline';
import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import type { PlannedStep } from '../content/model.js';
import type { SessionRun } from '../session/controller.js';
import { boxMs, type Feedback } from '../session/engine.js';
import { linesOf } from '../session/state.js';
import { carryCursorPosition } from './cursor-position.js';
import { reviewPages, stepFrame, type FrameView } from './step-frame.js';

export interface StepPromptConfig {
  run: SessionRun;
  index: number;
  step: PlannedStep;
  /** The line being typed when the prompt was last interrupted (Ctrl-C answered "no"). */
  draft: string;
  onDraft(draft: string): void;
  bell(): void;
  size(): { rows: number; columns: number };
  /** Calls `listener` when the terminal is resized; returns the unsubscribe. */
  onResize(listener: () => void): () => void;
  /** Clears the visible screen, so the next frame is drawn whole at the top (after a resize the old frame has been rewrapped). */
  clearScreen(): void;
  /** What the candidate chose to see, kept from step to step (/guide). */
  display: { hideGuide: boolean };
}

/** How the prompt ended: the step is over, or an effect failed (the journal could not be written) and the session must stop. */
export type StepEnd = { kind: 'ended' } | { kind: 'failed'; error: unknown };

export const stepPrompt = createPrompt<StepEnd, StepPromptConfig>((config, done) => {
  const { run, index, step } = config;
  const [value, setValue] = useState(config.draft);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [review, setReview] = useState<number | undefined>(undefined);
  const [, setFrame] = useState(0);
  const frame = useRef(0);
  const redraw = () => setFrame(++frame.current);
  const second = useRef(-1);
  const draft = useRef(config.draft);
  const box = boxMs(step, run.state.pace);
  const sizedFrame = (page?: number) => ({ state: run.state, used: run.used(index), index, step, ...config.size(), view: page === undefined ? {} : { review: page } });
  const belled = useRef(run.used(index) >= box);
  const ended = useRef(false);

  const finish = (end: StepEnd = { kind: 'ended' }) => {
    if (ended.current) return;
    ended.current = true;
    redraw(); // the final frame stays on screen: show the step as it ended
    done(end);
  };
  /** Runs a session effect; if it throws (the journal cannot be written), the prompt ends and says so rather than crashing inside a key handler. */
  const safely = (effect: () => void): boolean => {
    try {
      effect();
      return true;
    } catch (error) {
      finish({ kind: 'failed', error });
      return false;
    }
  };
  // Typing renders once per burst of keys (a paste of 5,000 characters is one chunk of
  // keypresses), not once per key: each frame redraws the whole line being typed.
  const typing = useRef<NodeJS.Immediate | null>(null);
  /** The line being typed is now `text` (readline's own line set by the caller), with `message` under the transcript. */
  const setLine = (text: string, message: Feedback | null) => {
    draft.current = text;
    config.onDraft(text);
    setValue(text);
    setFeedback(message);
  };
  const showTyped = () => {
    typing.current ??= setImmediate(() => {
      typing.current = null;
      if (!ended.current) setValue(draft.current);
    });
  };

  useEffect((rl) => {
    carryCursorPosition(rl as unknown as Interface); // @inquirer types a part of the node readline it runs
    if (config.draft) rl.write(config.draft);
    const offResize = config.onResize(() => {
      if (ended.current) return;
      config.clearScreen();
      redraw();
    });
    const timer = setInterval(() => {
      if (ended.current) return;
      const used = run.used(index);
      if (!belled.current && used >= box) {
        belled.current = true;
        config.bell();
      }
      if (run.state.strict && used >= box && !run.state.paused) {
        // The draft is never lost: what was being typed is kept as a line.
        let timedOut = false;
        if (!safely(() => {
          run.saveDraft(draft.current);
          draft.current = '';
          config.onDraft('');
          timedOut = run.tick();
        })) return;
        if (timedOut) return finish();
      }
      // The interviewer's requirement change, when its minute comes: on screen in the step's transcript.
      let announced: string | null = null;
      if (!safely(() => (announced = run.announceTwist()))) return;
      if (announced !== null) {
        config.bell();
        redraw();
      }
      if (Math.floor(used / 1000) !== second.current) {
        second.current = Math.floor(used / 1000);
        redraw();
      }
    }, 200);
    return () => {
      clearInterval(timer);
      offResize();
      if (typing.current) clearImmediate(typing.current);
    };
  }, []);

  useKeypress((key, rl) => {
    if (ended.current) return;
    if (run.state.paused) {
      // Ctrl-C asks whether to quit (session.ts); the clock stays stopped while the question is open.
      if (key.ctrl && key.name === 'c') return;
      // Any key continues and is not typed, except a "/" that starts "/resume" or another command.
      if (!safely(() => run.resume())) return;
      const keep = rl.line === `${draft.current}/` ? rl.line : draft.current;
      rl.clearLine(0);
      rl.write(keep);
      draft.current = keep;
      config.onDraft(keep);
      setValue(keep);
      setFeedback({ tone: 'info', text: 'The clock is running again.' });
      return;
    }
    if (review !== undefined) {
      // Paging through the answer: keys turn pages and are not typed; the line being typed waits.
      rl.clearLine(0);
      rl.write(draft.current);
      const { pages } = reviewPages(sizedFrame(review));
      if (isEnterKey(key) || key.name === 'escape' || key.name === 'q') setReview(undefined);
      else if (key.name === 'up' || key.name === 'pageup' || key.name === 'b') setReview(Math.max(0, review - 1));
      else setReview(Math.min(pages - 1, review + 1));
      return;
    }
    if (key.name === 'escape' && run.editing) {
      run.editing = false;
      rl.clearLine(0);
      setLine('', { tone: 'info', text: 'Edit cancelled: the line is as it was.' });
      return;
    }
    if (isEnterKey(key)) {
      // readline has already emptied rl.line; the line is what the keys before Enter built.
      const text = draft.current;
      const last = linesOf(run.state.steps[index]!).at(-1);
      // A command or question typed over the recalled line is not a correction: the edit is dropped and the input handled as usual.
      if (run.editing && /^[/?]/.test(text.trim())) run.editing = false;
      if (run.editing) {
        // Enter saves the correction through the engine (journaled as an amendment); an emptied or unchanged line changes nothing.
        run.editing = false;
        const outcome: { result: Feedback | null } = { result: null };
        const changed = text.trim() !== '' && text.trim() !== last;
        if (changed && !safely(() => (outcome.result = run.input(`/edit ${text}`)))) return;
        setLine('', changed ? outcome.result : { tone: 'info', text: 'The line is unchanged.' });
        return;
      }
      switch (text.trim().toLowerCase()) {
        case '/review':
          setLine('', null);
          // Opens on the page holding the newest lines: what is off screen is usually just above.
          setReview(reviewPages(sizedFrame(0)).pages - 1);
          return;
        case '/guide':
          if (run.state.mode === 'study') config.display.hideGuide = !config.display.hideGuide;
          setLine('', {
            tone: 'info',
            text: run.state.mode !== 'study' ? 'Mock mode has no guiding questions.' : config.display.hideGuide ? 'Guiding questions hidden (/guide shows them).' : 'Guiding questions shown.',
          });
          return;
        case '/edit':
          if (last === undefined) break; // the engine says there is nothing to edit
          // The last line comes back to be corrected in place; Enter saves the correction, Esc leaves it.
          run.editing = true;
          rl.write(last);
          setLine(last, { tone: 'info', text: 'Correcting your last line: Enter saves it, Esc leaves it as it was.' });
          return;
      }
      const outcome: { result: Feedback | null } = { result: null };
      if (!safely(() => (outcome.result = run.input(text)))) return;
      const result = outcome.result;
      draft.current = '';
      config.onDraft('');
      setValue('');
      if (run.state.current !== index) return finish();
      // Replies and hints show in the transcript; only notes and warnings below it.
      setFeedback(result && result.tone !== 'reply' && result.tone !== 'hint' ? result : null);
      redraw();
      return;
    }
    draft.current = rl.line;
    config.onDraft(rl.line);
    showTyped();
  });

  const view: FrameView = { hideGuide: config.display.hideGuide, editing: run.editing, ...(review === undefined ? {} : { review }) };
  return stepFrame({ ...sizedFrame(), view }, value, feedback);
});
