// npm run cues:senses — cues that reach words of another sense, for a person to review.
//
// A cue matches by stem, and a prefix cue by its first letters: "minors" also matched "minority" and "minor",
// "list*" matched "listings", "predict for" matched "predictions for", "map and" matched a map. This lists, for
// every cue of one or two words and every prefix cue in topics/*.yaml (phrases, names, sections, concepts and
// the alternatives of cue groups), the other words of the writing at hand that it reaches: the probe sets and
// write-ups in test/coverage/probe/, the synthetic answers in ../shared/coverage-dev/ and, when present, the
// public write-ups in .cache/coverage-real/. Most lines are inflections and harmless; a line with another
// sense ("trip*" → triplet) is fixed by writing the cue as the words meant ("trip") or as written ("=trees").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadModule } from './load-module.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(repo, ...parts);

// The checker's own reading of text, bundled from source as the build does for its schemas.
const { segment } = await loadModule('src/coverage/segment.ts');

const filesIn = (dir, ending) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ending)).map((f) => join(dir, f)) : []);
const probe = at('test', 'coverage', 'probe');
const writing = [
  ...filesIn(probe, '.tsv'),
  ...readdirSync(probe, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => filesIn(join(probe, d.name), '.md')),
  ...filesIn(join(repo, '..', 'shared', 'coverage-dev'), '.yaml'),
  ...filesIn(at('.cache', 'coverage-real'), '.md'),
].map((file) => readFileSync(file, 'utf8'));

// Every word and every pair of neighbouring words, by stem, with how each was written and how often.
const words = new Map();
const pairs = new Map();
const count = (map, key, written) => {
  let forms = map.get(key);
  if (!forms) map.set(key, (forms = new Map()));
  forms.set(written, (forms.get(written) ?? 0) + 1);
};
for (const text of writing) {
  for (const { tokens } of segment(text)) {
    tokens.forEach((t, i) => {
      count(words, t.stem, t.word);
      if (i > 0) count(pairs, `${tokens[i - 1].stem} ${t.stem}`, `${tokens[i - 1].word} ${t.word}`);
    });
  }
}

const INFLECTION = /^(s|es|ed|d|ing|e|er|ers|ly|ion|ions|ation|ations|ize|ized|izes|izing|ise|ised|ises|ising|ies|y|ied|al|)$/;
/** Two spellings of one word: what follows their common beginning is an ending on both sides ("compute", "computing"). */
function inflected(a, b) {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n >= 3 && INFLECTION.test(a.slice(n)) && INFLECTION.test(b.slice(n));
}
const sameWords = (a, b) => {
  // Punctuation inside a cue is how it is written, not another word: "a/b" is read "ab", "p-value" "p value".
  const [x, y] = [a, b].map((text) => text.replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/));
  return x.join('') === y.join('') || (x.length === y.length && x.every((w, i) => inflected(w, y[i])));
};
const shown = (forms) => [...forms].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w, n]) => `${w} ×${n}`).join(', ');

/** The other words a cue reaches, or nothing. */
function reaches(cue) {
  if (/^[a-z][a-z-]*\*$/.test(cue)) {
    const prefix = cue.slice(0, -1);
    const other = new Map();
    for (const forms of words.values()) {
      for (const [word, n] of forms) if (word.startsWith(prefix) && !INFLECTION.test(word.slice(prefix.length))) other.set(word, n);
    }
    return other;
  }
  if (cue.includes('=') || cue.includes('*') || cue.includes('...') || cue.includes('@')) return new Map();
  const tokens = segment(`x ${cue} x.`)[0]?.tokens.slice(1, -1) ?? [];
  if (tokens.length === 0 || tokens.length > 2) return new Map();
  const forms = tokens.length === 1 ? words.get(tokens[0].stem) : pairs.get(tokens.map((t) => t.stem).join(' '));
  const written = tokens.map((t) => t.word).join(' ');
  return new Map([...(forms ?? [])].filter(([form]) => !sameWords(form, written)));
}

const lines = [];
const look = (where, cue) => {
  const other = reaches(String(cue).trim().toLowerCase());
  if (other.size > 0) lines.push(`${where}: "${cue}" reaches ${shown(other)}`);
};
for (const file of filesIn(at('topics'), '.yaml')) {
  const doc = parse(readFileSync(file, 'utf8')) ?? {};
  for (const [name, list] of Object.entries(doc.concepts ?? {})) for (const cue of list ?? []) look(`@${name}`, cue);
  for (const topic of doc.topics ?? []) {
    const cues = topic.cues ?? {};
    for (const kind of ['phrases', 'names', 'sections']) for (const cue of cues[kind] ?? []) look(`${topic.id} ${kind}`, cue);
    for (const group of cues.together ?? []) for (const part of group) for (const cue of String(part).split('|')) look(`${topic.id} together`, cue);
  }
}
console.log(lines.length > 0 ? lines.join('\n') : 'no cue reaches a word it was not written for');
console.log(`\n${lines.length} cues reach other words, in ${writing.length} files of writing${existsSync(at('.cache', 'coverage-real')) ? ' (public write-ups included)' : ' (public write-ups not on this machine)'}`);
