// `mlsd validate` lints cues as written: what would silently never match, or match far too much.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentCueProblems } from '../../src/coverage/lint.js';
import { run as cli } from '../support/cli.js';
import { tempHome, writeFiles } from '../support/home.js';

const concepts = new Set(['online-metric']);
const topicWith = (cues: Record<string, unknown>) => ({ topics: [{ id: 'mine', cues }] });
const problemsOf = (doc: Record<string, unknown>) => documentCueProblems('topics', doc, concepts).map((p) => p.message);

describe('cue lint', () => {
  it.each([
    ['two alternatives on one line', topicWith({ phrases: ['ndcg|mrr'] }), 'one alternative per line'],
    ['a prefix under three letters', topicWith({ phrases: ['ml* ops'] }), 'prefix "ml*" has fewer than 3 letters'],
    ['an unknown concept', topicWith({ together: [['@online-metrics', 'watch*']] }), 'unknown concept "@online-metrics"'],
    ['a label too long to open a sentence', topicWith({ phrases: ['the way we get our labels:'] }), 'can never open a sentence'],
    ['an invalid pattern', topicWith({ patterns: ['(unclosed'] }), 'not a valid regular expression'],
    ['a duplicate by stem', topicWith({ phrases: ['flows back', 'flow back'] }), 'is already a cue of this topic'],
    ['a phrase its own exclusion cancels', topicWith({ phrases: ['regression'], exclude: ['regression'] }), 'can then never count'],
    ['a cue with no words', topicWith({ phrases: ['='] }), 'has no words the checker can match'],
    ['a group member its own unless cancels', topicWith({ together: [['accuracy', 'misleading']], unless: ['accuracy'] }), 'so this group can never count'],
    ['a phrase its own unless cancels', topicWith({ phrases: ['class imbalance'], unless: ['class imbalance'] }), 'never counts'],
    ['a concept alternative with no words', { concepts: { equals: ['treated as', '='] } }, '"=" has no words the checker can match'],
  ])('flags %s', (_why, doc, message) => {
    expect(problemsOf(doc).join('\n')).toContain(message);
  });

  it.each([
    ['plain phrases, a prefix and a concept', topicWith({ phrases: ['ndcg', 'recall@k', 'rerank*'], together: [['@online-metric', 'watch*']] })],
    ['a short label and a pattern', topicWith({ phrases: ['labels:'], patterns: ['\\bp\\s*\\(\\s*\\w'] })],
    ['concepts of plain phrases', { concepts: { equals: ['treated as', 'counts as'] } }],
  ])('passes %s', (_why, doc) => {
    expect(problemsOf(doc)).toEqual([]);
  });

  it('mlsd validate names the file, line and column of a cue that can never match', async () => {
    const home = tempHome();
    const yaml = [
      'id: mine', 'title: Mine', 'concepts:', '  equals:', '    - treated as', '    - "="', 'topics:', '  - id: my-topic',
      '    title: My topic', '    covers: x', '    hints: [a, b, c]', '    cues:', '      together:', '        - ["positive*", "@equals"]', '',
    ].join('\n');
    writeFiles(home, { 'topics/mine.yaml': yaml });
    const run = await cli(['validate', join(home, 'topics', 'mine.yaml')], { home });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mine.yaml:6:7 concepts.equals[1]: "=" has no words the checker can match');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
