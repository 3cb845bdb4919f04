// `mlsd init case NAME` and `mlsd init framework NAME`: a starter file in the user's
// content folder that passes `mlsd validate` as written, with the schema modeline so an
// editor checks it while it is filled in. Never overwrites.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, kindDirs } from '../content/files.js';
import { assertSafeId } from '../content/ids.js';
import { HOME_FRAMEWORK } from '../content/load.js';
import { schemaFiles } from '../content/schemas.js';
import { UserError } from '../errors.js';
import { command } from '../text/command.js';
import { writeLine, type CliContext } from './context.js';

export type StarterKind = 'case' | 'framework';

const modeline = (bundled: string, kind: StarterKind) => `# yaml-language-server: $schema=${join(bundled, 'schemas', schemaFiles[kind])}`;

/** "spam-filter" → "Spam filter". */
const titleOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** A case with every required field, each explained, and where the optional ones are described. */
export function starterCase(id: string, bundled: string): string {
  const title = titleOf(id);
  return `${modeline(bundled, 'case')}
# Your own case. Check it with: ${command('validate')}; practise it with: ${command(`drill ${id}`)}.
# The README ("Writing your own content") and the bundled cases (${command('paths')} says where)
# show every field.
id: ${id}
title: ${title}
question: >-
  Design ${title.toLowerCase()}. Write here what the interviewer asks, as they would say it: the
  product, who uses it, and what the system must decide, rank or predict.
difficulty: medium # easy, medium or hard
tags: [] # e.g. [ranking, recommendations]
summary: >-
  What makes this case interesting: the one or two decisions a strong answer gets right.
facts:
  # What the interviewer answers when the candidate asks ("? how many users"). A short, stable
  # id for each; answers concrete, with numbers that agree with each other. \`topics\`: what the
  # answer puts on the table, so that asking for it covers those topics in the clarify step.
  - id: traffic
    question: How many users and requests are there?
    answer: >-
      Put the scale here, for example 10 million daily users and about 2,000 requests per second
      at the evening peak.
    topics: [scale]
    keywords: [how many users, traffic, qps, requests]
  - id: latency-budget
    question: How fast must a response be?
    answer: Put the latency budget here, for example 100 ms at the 95th percentile for the whole request.
    topics: [constraints]
    keywords: [latency, how fast, response time]
# Optional, each described in the case schema (your editor shows it): positiveRate, timeDependent,
# topics (case-specific, each joining the step of its \`near\` catalogue topic), examples,
# notApplicable, followups, reference, pitfalls, twists.
`;
}

/** The default framework under a new id and title: every phase present, so every case can be placed in it. */
export function starterFramework(id: string, bundled: string): string {
  const source = readFileSync(join(bundled, kindDirs.framework, `${HOME_FRAMEWORK}.yaml`), 'utf8');
  const body = source
    .replace(/^# yaml-language-server:.*\n/, '')
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^title: .*$/m, `title: ${titleOf(id)}`)
    .replace(/^description: (>-?\n(?: {2}.*\n)+|.*\n)/m, `description: A copy of ${HOME_FRAMEWORK} to make my own; say here what it is for.\n`);
  return `${modeline(bundled, 'framework')}
# Your own framework, starting as a copy of ${HOME_FRAMEWORK}: change the steps, their minutes,
# questions and topics (${command('list topics')}). Keep a step for each phase (clarify, frame,
# model, evaluate, deploy) so every case's own topics have a step to join.
# Check it with: ${command('validate')}; use it with: ${command(`drill <case> --framework ${id}`)}
${body}`;
}

export async function init(kind: StarterKind, name: string, ctx: CliContext): Promise<void> {
  const id = assertSafeId(kind, name);
  const taken = contentFiles(ctx.roots, kind).find((f) => f.id === id);
  if (taken) throw new UserError(`a ${kind} "${id}" already exists (${taken.shown}); edit it, or pick another name`);
  const dir = join(ctx.roots.user, kindDirs[kind]);
  const path = join(dir, `${id}.yaml`);
  const text = kind === 'case' ? starterCase(id, ctx.roots.bundled) : starterFramework(id, ctx.roots.bundled);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 }); // wx: never overwrite, even a file created meanwhile
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EEXIST' ? `${path} already exists; edit it, or pick another name` : `cannot write ${path}: ${code ?? String(error)}`);
  }
  writeLine(ctx.stdout, `Wrote ${path}`);
  writeLine(ctx.stdout, `Check it:  ${command(`validate ${path}`)}`);
  writeLine(ctx.stdout, kind === 'case' ? `Practise:  ${command(`drill ${id}`)}` : `Use it:    ${command(`drill <case> --framework ${id}`)}`);
}
