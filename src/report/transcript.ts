// The markdown transcript of one session: front matter, each step as it was
// played, the scorecard, and the reference outline folded away. It passes
// markdownlint's default rules (line length aside); user text goes through
// ./markdown.ts so it cannot change the document's structure.
import { formatClock } from '../session/time.js';
import { codeBlock, headingText, inline, markdownTable, yamlValue } from './markdown.js';
import type { Moment, SessionView, StepView } from './session-view.js';
import { command } from '../text/command.js';

const endedAs = { done: 'ended with /done', skip: 'skipped', timeout: 'ended at the time box' } as const;

export function coverageCount(view: Pick<SessionView, 'summary'>): { covered: number; required: number } {
  let covered = 0;
  let required = 0;
  for (const step of view.summary.steps) {
    covered += step.covered.length;
    required += step.covered.length + step.missed.length;
  }
  return { covered, required };
}

const reached = (step: StepView) => step.summary.ended !== null || step.summary.usedMs > 0 || step.answer.length > 0;

export function transcriptMarkdown(view: SessionView): string {
  const { summary } = view;
  const { covered, required } = coverageCount(view);
  const blocks: string[] = [];
  const front: [string, string | number | boolean | null][] = [
    ['session', summary.id],
    ['case', summary.caseId],
    ['framework', summary.frameworkId],
    ['mode', summary.mode],
    ['strict', summary.strict],
    ['started', new Date(summary.startedAt).toISOString()],
    ['duration', formatClock(summary.usedMs)],
    ['duration_seconds', Math.floor(summary.usedMs / 1000)],
    ['score', summary.score],
    ['coverage', `${covered}/${required}`],
    ['red_flags', (summary.flags ?? []).length],
    ['twist', summary.twist ? `${summary.twist.id} (${summary.twist.adapted ? 'adapted' : 'not adapted'})` : null],
    ['verdict', summary.verdict?.overall ?? null],
    ['finished', summary.finished],
  ];
  blocks.push(['---', ...front.map(([k, v]) => `${k}: ${yamlValue(v)}`), '---'].join('\n'));
  blocks.push(`# ${headingText(view.caseTitle)}`);
  if (view.question) blocks.push(`> ${inline(view.question)}`);
  if (!summary.finished) {
    blocks.push(`**Unfinished session.** It stopped before the end; continue it with \`${command(`resume ${summary.id}`)}\`.`);
  }
  const score = summary.score === null ? 'no score yet' : `score ${summary.score}/100`;
  blocks.push(
    `${summary.mode === 'mock' ? 'Mock' : 'Study'} session${summary.strict ? ' (strict)' : ''} on framework ` +
      `${inline(summary.frameworkId)}, started ${new Date(summary.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
      `${formatClock(summary.usedMs)} used, ${covered} of ${required} topics covered, ${score}.`,
  );
  view.steps.forEach((step, i) => blocks.push(...stepBlocks(step, i + 1)));
  blocks.push('## Red flags', redFlags(view));
  if (summary.twist) blocks.push('## Requirement change', twistBlock(summary.twist, view));
  if (view.summary.verdict) blocks.push('## Verdict by dimension', verdictBlock(view.summary.verdict));
  blocks.push('## Scorecard', scorecard(view));
  if (view.reference.length > 0) {
    // <details> is the one piece of HTML, on purpose: the outline stays folded until wanted.
    blocks.push('<!-- markdownlint-disable MD033 -->', '<details>\n<summary>Reference outline</summary>');
    for (const phase of view.reference) {
      blocks.push(`### ${headingText(phase.title)}`, phase.bullets.map((b) => `- ${inline(b)}`).join('\n'));
    }
    blocks.push('</details>', '<!-- markdownlint-enable MD033 -->');
  }
  return `${blocks.join('\n\n')}\n`;
}

function stepBlocks(step: StepView, n: number): string[] {
  const s = step.summary;
  const out = [`## ${n}. ${headingText(s.title)}`];
  if (!reached(step)) {
    out.push(`Not reached (time box ${formatClock(s.boxMs)}).`);
    return out;
  }
  const over = s.overtimeMs > 0 ? `, ${formatClock(s.overtimeMs)} over` : '';
  out.push(`Time used: ${formatClock(s.usedMs)} of a ${formatClock(s.boxMs)} box${over}; ${s.ended ? endedAs[s.ended] : 'not ended'}.`);
  out.push(
    step.moments.some((m) => m.kind !== 'lines') ? 'Answer as typed, with each question and hint where it came:' : 'Answer as typed:',
    ...(step.moments.length > 0 ? step.moments.map(momentBlock) : ['Nothing typed.']),
  );
  if (step.corrections > 0) {
    out.push(`${step.corrections === 1 ? 'One correction' : `${step.corrections} corrections`} (/edit, /undo) made; the journal keeps every line as first typed.`);
  }
  if (step.topics.length > 0) {
    out.push(
      'Topics:',
      step.topics
        .map((t) => {
          const title = `**${inline(t.title)}**`;
          if (t.covered) return `- [x] ${title}${t.via ? ' (via follow-up)' : ''}${t.evidence[0] ? `: “${inline(t.evidence[0])}”` : ''}`;
          return `- [ ] ${title}${t.hint ? `. Hint: ${inline(t.hint)}` : ''}`;
        })
        .join('\n'),
    );
  }
  if (step.followUp) {
    out.push(
      'Interviewer follow-up:',
      exchange(step.followUp.question, step.followUp.answer),
      ...(step.followUp.probe === undefined ? [] : [exchange(step.followUp.probe, step.followUp.probeAnswer ?? '')]),
    );
  }
  return out;
}

function momentBlock(moment: Moment): string {
  if (moment.kind === 'lines') return codeBlock(moment.lines.join('\n'));
  if (moment.kind === 'question') return exchange(moment.text, moment.reply);
  if (moment.kind === 'twist') return `- **Interviewer:** ${inline(moment.says)}`;
  return `- **Hint ${moment.level}, ${inline(moment.title)}:** ${inline(moment.text)}`;
}

function verdictBlock(verdict: NonNullable<SessionView['summary']['verdict']>): string {
  const rows = verdict.dimensions.map((d) => [inline(d.title), d.rating, String(d.points), d.moments.map(inline).join('; ')]);
  return [
    markdownTable(['Dimension', 'Rating', 'Points', 'What decided it'], rows, ['left', 'left', 'right', 'left']),
    `**Practice verdict: ${verdict.overall}.** ${inline(verdict.advice)}`,
  ].join('\n\n');
}

function redFlags(view: SessionView): string {
  const flags = view.summary.flags ?? [];
  if (flags.length === 0) return 'None seen.';
  return flags
    .map((f) => `- **${inline(f.title)}** (${inline(f.step)}): “${inline(f.evidence)}”\\\n  Why it hurts: ${inline(f.why)}\\\n  Instead: ${inline(f.instead)}`)
    .join('\n');
}

function twistBlock(twist: NonNullable<SessionView['summary']['twist']>, view: SessionView): string {
  const title = (id: string) => inline(view.steps.find((s) => s.summary.id === id)?.summary.title ?? id);
  const judged = twist.adapted
    ? `**Adapted ✓** “${inline(twist.evidence ?? '')}”`
    : `**Not adapted ✗** ${inline(twist.missing ?? '')}.`;
  return [
    `Announced in ${title(twist.step)}: “${inline(twist.says)}”`,
    `${judged} (checked: what was typed after it in ${twist.checked.map(title).join(' and ')})`,
    `Model adaptation: ${inline(twist.answer)}`,
  ].join('\n\n');
}

/** A question and its answer as one list item, the answer after a hard line break. */
const exchange = (question: string, answer: string) =>
  `- **Q:** ${inline(question)}\\\n  **A:** ${inline(answer) || '(no answer)'}`;

function scorecard(view: SessionView): string {
  const rows = view.steps.map((step) => {
    const s = step.summary;
    const topics = s.covered.length + s.missed.length;
    return [
      inline(s.title),
      reached(step) ? formatClock(s.usedMs) : 'not reached',
      formatClock(s.boxMs),
      s.overtimeMs > 0 ? formatClock(s.overtimeMs) : '',
      `${s.covered.length}/${topics}`,
      String(s.hints),
      s.missed.map(inline).join(', '),
    ];
  });
  const { covered, required } = coverageCount(view);
  const box = view.summary.steps.reduce((sum, s) => sum + s.boxMs, 0);
  const over = view.summary.steps.reduce((sum, s) => sum + s.overtimeMs, 0);
  const hints = view.summary.steps.reduce((sum, s) => sum + s.hints, 0);
  rows.push([
    '**Total**',
    formatClock(view.summary.usedMs),
    formatClock(box),
    over > 0 ? formatClock(over) : '',
    `${covered}/${required}`,
    String(hints),
    view.summary.score === null ? 'no score' : `score ${view.summary.score}/100`,
  ]);
  return markdownTable(['Step', 'Used', 'Box', 'Over', 'Covered', 'Hints', 'Missed'], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}
