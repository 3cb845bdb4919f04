// A deterministic corpus of hostile YAML made from the bundled content: truncated,
// byte-flipped, deeply nested, alias bombs, huge values, prototype keys, invalid UTF-8.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Specimen {
  name: string;
  /** The folder it belongs in: cases, frameworks or topics. */
  dir: 'cases' | 'frameworks' | 'topics';
  bytes: Buffer;
}

/** A small seeded generator (mulberry32): the corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

type Mutator = (text: Buffer, rnd: () => number) => Buffer;

const at = (b: Buffer, rnd: () => number) => Math.floor(rnd() * b.length);
const splice = (b: Buffer, i: number, insert: string | Buffer, remove = 0) =>
  Buffer.concat([b.subarray(0, i), Buffer.isBuffer(insert) ? insert : Buffer.from(insert), b.subarray(i + remove)]);

export const mutators: Record<string, Mutator> = {
  truncated: (b, rnd) => b.subarray(0, at(b, rnd)),
  'byte-flipped': (b, rnd) => {
    const copy = Buffer.from(b);
    for (let n = 0; n < 1 + Math.floor(rnd() * 8); n++) copy[at(b, rnd)] = Math.floor(rnd() * 256);
    return copy;
  },
  'deeply-nested': (b) => Buffer.from(`${b.toString()}\nextra: ${nested(100_000)}\n`),
  'nested-mappings': () => Buffer.from(`${Array.from({ length: 1_400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`),
  'alias-bomb': (b) => Buffer.from(`${aliasBomb}\n${b.toString()}`),
  'proto-keys': (b) => Buffer.from(`__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n${b.toString()}`),
  'nested-proto': (b) => Buffer.from(b.toString().replace(/^(\s+)- id: /m, '$1- __proto__: {polluted: true}\n$1  id: ')),
  'invalid-utf8': (b, rnd) => splice(b, at(b, rnd), Buffer.from([0xc3, 0x28, 0xff, 0xfe])),
  'huge-value': (b) => Buffer.from(`${b.toString()}\nhuge: "${'x'.repeat(3 * 1024 * 1024)}"\n`),
  'control-chars': (b) => Buffer.from(b.toString().replace(/^title: (.*)$/m, 'title: "\\e[2J\\e]0;owned\\a$1"')),
  'tabs': (b) => Buffer.from(b.toString().replace(/^ {2}/gm, '\t')),
  'duplicate-keys': (b) => Buffer.from(`${b.toString()}\nid: again\n`),
  'wrong-types': (b) => Buffer.from(b.toString().replace(/^(\w+): .*$/m, '$1: [1, {x: 2}]')),
  'binary': (_b, rnd) => Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256))),
  'empty': () => Buffer.alloc(0),
  'many-documents': (b) => Buffer.from(`${b.toString()}\n---\n${b.toString()}`),
};

/**
 * A case with the first of its labelled questions only: the hostile bytes are what the corpus is about, and
 * a bundled case holds over a thousand questions, more with each labelled set, which would make every
 * specimen slower to read without making it more hostile.
 */
export const CORPUS_QUESTIONS = 100;
function fewQuestions(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === 'questions:');
  if (start < 0) return text;
  let kept = 0;
  return lines.filter((l, i) => i <= start || !l.startsWith('  - ') || ++kept <= CORPUS_QUESTIONS).join('\n');
}

/** `perSeed` mutations of each kind for every bundled file, plus one 100 MB file. */
export function hostileCorpus(repoRoot: string, perSeed = 1): Specimen[] {
  const rnd = random(20261121);
  const seeds: { dir: Specimen['dir']; name: string; bytes: Buffer }[] = [];
  for (const dir of ['cases', 'frameworks', 'topics'] as const) {
    for (const file of readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.yaml')).sort()) {
      const bytes = readFileSync(join(repoRoot, dir, file));
      seeds.push({ dir, name: file.replace(/\.yaml$/, ''), bytes: dir === 'cases' ? Buffer.from(fewQuestions(bytes.toString())) : bytes });
    }
  }
  const out: Specimen[] = [];
  for (const seed of seeds) {
    for (const [kind, mutate] of Object.entries(mutators)) {
      for (let n = 0; n < perSeed; n++) {
        out.push({ dir: seed.dir, name: `${seed.name}-${kind}-${n}`, bytes: mutate(seed.bytes, rnd) });
      }
    }
  }
  return out;
}

/** A file of 100 MB: refused by size before it is read. */
export const hundredMegabytes = (): Buffer => Buffer.concat([Buffer.from('id: big\ntitle: "'), Buffer.alloc(100 * 1024 * 1024, 0x61), Buffer.from('"\n')]);
