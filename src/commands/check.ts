// mlsd check [FILE|-]: which required topics any text covers, with the evidence. No session.
import { readFile } from 'node:fs/promises';
import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { loadCase, loadCatalogue, loadFramework, placedPlan } from '../content/load.js';
import { unknownStepMessage } from '../content/ids.js';
import type { PlannedFlag, PlannedStep } from '../content/model.js';
import { coverageOf, type TopicCoverage } from '../coverage/index.js';
import { redFlags } from '../session/flags.js';
import type { FlagHit } from '../session/summary.js';
import { verdictOf, type Verdict } from '../session/verdict.js';
import { UserError } from '../errors.js';
import { wrap } from '../text/wrap.js';
import { clipFlat } from '../text/clip.js';
import { command } from '../text/command.js';

export interface CheckOptions {
  framework: string;
  step?: string;
  case?: string;
  json?: boolean;
}

export interface CheckedTopic {
  id: string;
  step: string;
  title: string;
  covered: boolean;
  evidence: string[];
}

export interface CheckReport {
  framework: string;
  case: string | null;
  topics: CheckedTopic[];
  /** Red flags the text shows (catalogue flags, and the case's pitfalls with --case). */
  flags: FlagHit[];
  /** The verdict by dimension (communication and time needs a timed session, so it is not rated here). */
  verdict: Verdict;
}

/** `file` is a path, `-` for standard input, or undefined: standard input when it is not a terminal. */
export async function check(file: string | undefined, options: CheckOptions, ctx: CliContext): Promise<void> {
  const catalogue = loadCatalogue(ctx.roots);
  const framework = loadFramework(ctx.roots, options.framework, catalogue);
  const kase = options.case ? loadCase(ctx.roots, options.case, catalogue) : undefined;
  const plan = placedPlan(framework, catalogue, kase);
  let steps = plan.steps;
  if (options.step) {
    const wanted = steps.filter((s) => s.id === options.step);
    if (wanted.length === 0) {
      const known = steps.map((s) => s.id);
      throw new UserError(unknownStepMessage(framework.id, options.step, known));
    }
    steps = wanted;
  }
  const text = await readAnswer(file, ctx);
  const report = checkReport(text, steps, framework.id, kase?.id ?? null, plan.flags);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(report, null, 2));
    return;
  }
  const hints = new Map(steps.flatMap((s) => s.topics.map((t) => [t.id, t.hints[0] ?? t.covers] as const)));
  const width = Math.min(ctx.stdout.columns || 80, 100);
  const { flagsText, verdictText } = await import('../ui/scorecard.js');
  const flagLines = flagsText(report.flags, width);
  writeLine(
    ctx.stdout,
    [renderReport(report, steps, hints, width), '', ...(flagLines.length > 0 ? flagLines : ['Red flags: none seen']), '', ...verdictText(report.verdict, width)].join('\n'),
  );
}

/** The coverage of one text against planned steps, with its red flags and verdict, in the shape `--json` prints. */
export function checkReport(text: string, steps: readonly PlannedStep[], framework: string, caseId: string | null, flags: readonly PlannedFlag[] = []): CheckReport {
  const results = coverageOf(
    text,
    steps.flatMap((s) => s.topics),
  );
  const byTopic = new Map<string, TopicCoverage>(results.map((r) => [r.topic.id, r]));
  const topics = steps.flatMap((step) =>
    step.topics.map((topic) => {
      const result = byTopic.get(topic.id);
      return { id: topic.id, step: step.id, title: topic.title, covered: result?.covered ?? false, evidence: result?.evidence ?? [] };
    }),
  );
  // A document is not cut into steps: each flag is looked for in the whole text, once.
  // It is placed in the step of a topic the same sentence shows, so the verdict charges the right dimension.
  const found = redFlags(flags, steps.map((s) => ({ step: s.id, text }))).map((f) => ({
    ...f,
    step: topics.find((t) => t.evidence.includes(f.evidence))?.step ?? f.step,
  }));
  const near = new Map(steps.flatMap((s) => s.topics.flatMap((t) => (t.near ? [[t.id, t.near] as const] : []))));
  const verdict = verdictOf({ topics: topics.map((t) => ({ ...t, ...(near.has(t.id) ? { near: near.get(t.id)! } : {}) })), flags: found });
  return { framework, case: caseId, topics, flags: found, verdict };
}

export function renderReport(report: CheckReport, steps: readonly PlannedStep[], hints: ReadonlyMap<string, string>, width = 80): string {
  const lines: string[] = [];
  for (const step of steps) {
    const topics = report.topics.filter((t) => t.step === step.id);
    const covered = topics.filter((t) => t.covered).length;
    lines.push(chalk.bold(`${step.title}`) + chalk.dim(`  ${step.id} · ${covered}/${topics.length}`));
    for (const topic of topics) {
      if (topic.covered) {
        lines.push(`  ${chalk.green('✓')} ${topic.title}`);
        for (const evidence of topic.evidence.slice(0, 2)) lines.push(...wrap(`“${clipFlat(evidence, 160)}”`, width, '      ').map((l) => chalk.dim(l)));
      } else {
        lines.push(`  ${chalk.red('✗')} ${topic.title}`);
        const hint = hints.get(topic.id);
        if (hint) lines.push(...wrap(`hint: ${hint}`, width, '      ').map((l) => chalk.yellow(l)));
      }
    }
    lines.push('');
  }
  const covered = report.topics.filter((t) => t.covered).length;
  lines.push(chalk.bold(`${covered}/${report.topics.length} topics covered`));
  return lines.join('\n');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The answer's text, from a file or standard input; refuses binary and non-UTF-8 input with one line. */
async function readAnswer(file: string | undefined, ctx: CliContext): Promise<string> {
  const fromStdin = file === undefined || file === '-';
  const where = fromStdin ? 'standard input' : file;
  if (file === undefined && ctx.stdin.isTTY) {
    // No file named and nothing piped in: say how, rather than wait on a silent terminal.
    throw new UserError(`no answer to check: name a file (${command('check answer.md')}), pipe one in (${command('check - < answer.md')}), or type it (${command('check -')})`);
  }
  // An explicit `-` at a terminal: the answer is typed or pasted there, until end of input.
  if (fromStdin && ctx.stdin.isTTY) writeLine(ctx.stderr, chalk.dim('Paste or type your answer; Ctrl-D to finish.'));
  let bytes: Buffer;
  try {
    bytes = fromStdin ? await readStream(ctx.stdin) : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a text file' : `cannot read (${code ?? 'error'})`;
    throw new UserError(`check: ${where}: ${why}`);
  }
  if (bytes.includes(0)) throw new UserError(`check: ${where} looks like a binary file (it contains NUL bytes); give a text or markdown answer`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(`check: ${where} is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

async function readStream(stream: NodeJS.ReadStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
