import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCatalogue, loadFramework, planFor } from '../../src/content/load.js';
import { sessionView, type SessionView } from '../../src/report/session-view.js';
import { transcriptMarkdown } from '../../src/report/transcript.js';
import { summarize } from '../../src/session/summarize.js';
import { scriptedEvents, type ScriptedSession } from './fixtures.js';
import { lintDocument, lintErrors, structure } from './lint.js';

const roots = { bundled: join(import.meta.dirname, '..', '..'), user: mkdtempSync(join(tmpdir(), 'mlsd-transcript-')) };
const catalogue = loadCatalogue(roots);
const plan = planFor(loadFramework(roots, 'mlsd-45', catalogue), catalogue, loadCase(roots, 'visual-search', catalogue));

const script: ScriptedSession = {
  id: '20260110-090000-visual-search',
  at: Date.UTC(2026, 0, 10, 9),
  steps: [
    {
      id: 'clarify',
      seconds: 280,
      questions: [{ text: 'How many users do we have?', reply: 'About 150 million daily active users.' }],
      lines: ['The business goal is engagement: more saves and clicks on results.', '- Scale: 150M DAU, ~1,500 QPS at peak.'],
    },
    {
      id: 'frame',
      seconds: 700,
      lines: ['Input: an image; output: a ranked list of similar images.', 'This is a retrieval task.'],
      hints: [{ topic: 'labels', text: 'Where do positives come from?' }],
      followUp: { topic: 'labels', question: 'Where would labels come from?', answer: 'Co-engagement in sessions.' },
    },
    { id: 'model', seconds: 30, lines: [], ended: 'skip' },
    { id: 'evaluate', seconds: 600, lines: ['Offline: recall@k and NDCG. Online: click-through rate, with an A/B test.'] },
    { id: 'deploy', seconds: 400, lines: ['Serve with an ANN index; monitor drift and retrain weekly.'] },
  ],
};

function render(s: ScriptedSession): { markdown: string; view: SessionView } {
  const events = scriptedEvents(s);
  const view = sessionView(events, summarize(events, plan), plan);
  return { markdown: transcriptMarkdown(view), view };
}

describe('markdown transcript', () => {
  it('holds every line typed, verbatim, and passes markdownlint', () => {
    const { markdown } = render(script);
    for (const step of script.steps) for (const line of step.lines ?? []) expect(markdown).toContain(`\n${line}\n`);
    expect(lintErrors(markdown)).toEqual([]);
  });

  it('has front matter with case, framework, mode, started, duration, score, coverage and finished', () => {
    const { markdown, view } = render(script);
    const front = markdown.split('---\n')[1] ?? '';
    expect(front).toContain('case: visual-search\nframework: mlsd-45\nmode: mock\n');
    expect(front).toContain('started: "2026-01-10T09:00:00.000Z"');
    expect(front).toContain('duration: "33:30"\nduration_seconds: 2010\n');
    expect(front).toContain(`score: ${view.summary.score}\n`);
    expect(front).toMatch(/coverage: "?\d+\/\d+"?\n/);
    expect(front).toContain('finished: true');
  });

  it('shows time against the box, the checklist, hints, questions and follow-ups', () => {
    const { markdown, view } = render(script);
    // The times as the screen says them: m:ss, rounded down.
    expect(markdown).toContain('Time used: 11:40 of a 10:00 box, 1:40 over; ended with /done.');
    expect(markdown).toContain('Time used: 0:30 of a 10:00 box; skipped.');
    const clarify = view.steps[0]!;
    const covered = clarify.topics.find((t) => t.covered);
    expect(covered).toBeDefined();
    expect(markdown).toContain(`- [x] **${covered!.title}**: “`);
    expect(markdown).toMatch(/- \[ \] \*\*[^*]+\*\*\. Hint: /);
    // Hints by topic title, and questions where they were asked, between the lines typed before and after.
    expect(markdown).toContain('This is a retrieval task.\n```\n\n- **Hint 1, Labels:** Where do positives come from?');
    expect(markdown).toContain(
      'Answer as typed, with each question and hint where it came:\n\n- **Q:** How many users do we have?\\\n  **A:** About 150 million daily active users.\n\n```text\nThe business goal',
    );
    expect(markdown).toContain('- **Q:** Where would labels come from?\\\n  **A:** Co-engagement in sessions.');
    expect(markdown).toContain('## Scorecard');
    expect(markdown).toContain('<summary>Reference outline</summary>');
  });

  it('marks an unfinished session and the steps it never reached', () => {
    const { markdown } = render({ ...script, finished: false, planned: script.steps.map((s) => s.id), steps: script.steps.slice(0, 2) });
    expect(markdown).toContain('finished: false');
    expect(markdown).toContain('**Unfinished session.**');
    expect(markdown).toContain('## 3. Model development\n\nNot reached (time box 10:00).');
    expect(lintErrors(markdown)).toEqual([]);
  });

  it.each([
    ['a heading', '# Not a heading'],
    ['a list item', '- not a list'],
    ['a numbered item', '1. not a list'],
    ['a table row', '| a | b |'],
    ['HTML', '<script>alert(1)</script> <details>'],
    ['a code fence', '```js'],
    ['a long fence', '````\n```\nx'],
    ['a link', '[click](http://example.com) www.example.com me@example.com'],
    ['emphasis', '*not* __bold__ ~~gone~~'],
    ['a blockquote', '> quoted'],
    ['an entity', '&amp; &#x41;'],
    ['tabs and trailing spaces', '\tindented   '],
    ['front matter', '---\ntitle: x\n---'],
  ])('user text that looks like %s cannot change the structure', (_, nasty) => {
    const shapeOf = (text: string) => structure(transcriptMarkdown(viewWithUserText(text)));
    const markdown = transcriptMarkdown(viewWithUserText(nasty));
    expect(lintErrors(markdown)).toEqual([]);
    expect(shapeOf(nasty)).toBe(shapeOf('plain words'));
  });

  it('no user text at all can break the document (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'#-*_`~|<>[]()!&:\\ \t\n=+.1aZ/@"\''.split('')), minLength: 1, maxLength: 40 });
    const plainShape = structure(transcriptMarkdown(viewWithUserText('plain words')));
    fc.assert(
      fc.property(text.filter((t) => /[a-zA-Z1]/.test(t)), (nasty) => {
        const { errors, shape } = lintDocument(transcriptMarkdown(viewWithUserText(nasty)));
        expect(errors).toEqual([]);
        expect(shape).toBe(plainShape);
      }),
      { numRuns: 80 },
    );
  });
});

let scripted: SessionView | undefined;

/** A view where every string the user (or a user's case file) controls is `text`. */
function viewWithUserText(text: string): SessionView {
  const events = scriptedEvents(script);
  // The scripted session's view, made once: every call replaces its text.
  const base = (scripted ??= sessionView(events, summarize(events, plan), plan));
  return {
    ...base,
    caseTitle: text,
    question: text,
    steps: base.steps.map((step) => ({
      ...step,
      summary: { ...step.summary, title: text },
      answer: [text, text],
      topics: step.topics.map((t) => ({ ...t, title: text, evidence: t.covered ? [text] : [], hint: t.covered ? null : text })),
      corrections: step.corrections,
      moments: step.moments.map((m) =>
        m.kind === 'lines' ? { kind: 'lines', lines: [text, text] } : m.kind === 'hint' ? { ...m, title: text, text } : m.kind === 'question' ? { kind: 'question', text, reply: text } : { kind: 'twist', says: text },
      ),
      followUp: step.followUp ? { topic: text, question: text, answer: text } : null,
    })),
    reference: base.reference.map((r) => ({ title: r.title, bullets: [text, text] })),
  };
}
