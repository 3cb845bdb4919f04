// mlsd check [FILE|-]: which required topics any text covers, with the evidence. No session.
import { readFile } from 'node:fs/promises';
import chalk from 'chalk';
import { writeLine, type CliContext } from './context.js';
import { loadCase, loadCatalogue, loadFramework, placedPlan } from '../content/load.js';
import { closest } from '../content/ids.js';
import type { PlannedStep } from '../content/model.js';
import { coverageOf, type TopicCoverage } from '../coverage/index.js';
import { UserError } from '../errors.js';
import { wrap } from '../text/wrap.js';

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
}

export async function check(file: string, options: CheckOptions, ctx: CliContext): Promise<void> {
  const catalogue = loadCatalogue(ctx.roots);
  const framework = loadFramework(ctx.roots, options.framework, catalogue);
  const kase = options.case ? loadCase(ctx.roots, options.case, catalogue) : undefined;
  let steps = placedPlan(framework, catalogue, kase).steps;
  if (options.step) {
    const wanted = steps.filter((s) => s.id === options.step);
    if (wanted.length === 0) {
      const known = steps.map((s) => s.id);
      const near = closest(options.step, known);
      throw new UserError(
        `unknown step "${options.step}" in ${framework.id}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (its steps: ${known.join(', ')})`,
      );
    }
    steps = wanted;
  }
  const text = await readAnswer(file, ctx);
  const report = checkReport(text, steps, framework.id, kase?.id ?? null);
  if (options.json) {
    writeLine(ctx.stdout, JSON.stringify(report, null, 2));
    return;
  }
  const hints = new Map(steps.flatMap((s) => s.topics.map((t) => [t.id, t.hints[0] ?? t.covers] as const)));
  writeLine(ctx.stdout, renderReport(report, steps, hints, Math.min(ctx.stdout.columns || 80, 100)));
}

/** The coverage of one text against planned steps, in the shape `--json` prints. */
export function checkReport(text: string, steps: readonly PlannedStep[], framework: string, caseId: string | null): CheckReport {
  const results = coverageOf(
    text,
    steps.flatMap((s) => s.topics),
  );
  const byTopic = new Map<string, TopicCoverage>(results.map((r) => [r.topic.id, r]));
  return {
    framework,
    case: caseId,
    topics: steps.flatMap((step) =>
      step.topics.map((topic) => {
        const result = byTopic.get(topic.id);
        return { id: topic.id, step: step.id, title: topic.title, covered: result?.covered ?? false, evidence: result?.evidence ?? [] };
      }),
    ),
  };
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
        for (const evidence of topic.evidence.slice(0, 2)) lines.push(...wrap(`“${clip(evidence)}”`, width, '      ').map((l) => chalk.dim(l)));
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

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The answer's text, from a file or standard input; refuses binary and non-UTF-8 input with one line. */
async function readAnswer(file: string, ctx: CliContext): Promise<string> {
  const fromStdin = file === '-';
  const where = fromStdin ? 'standard input' : file;
  if (fromStdin && ctx.stdin.isTTY) {
    throw new UserError('no answer to check: name a file (mlsd check answer.md) or pipe one in (mlsd check - < answer.md)');
  }
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
