// `mlsd check` through the built CLI (test/global-setup builds it), with MLSD_HOME in a temp directory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as cli } from '../support/cli.js';
import { tempHome } from '../support/home.js';

interface Report {
  framework: string;
  case: string | null;
  topics: { id: string; step: string; title: string; covered: boolean; evidence: string[] }[];
}

const answer = [
  '## Evaluation',
  '- offline: AUC and log loss',
  '- we will send 5% of users to the new model, 5% stay on control, and check significance',
  '- guardrails: TBD',
].join('\n');

const file = (name: string, content: string | Buffer) => {
  const path = join(tempHome(), name);
  writeFileSync(path, content);
  return path;
};

describe('mlsd check', () => {
  it('prints exactly {framework, case, topics[{id, step, title, covered, evidence}], flags, verdict} with --json', async () => {
    const run = await cli(['check', file('answer.md', answer), '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(Object.keys(report)).toEqual(['framework', 'case', 'topics', 'flags', 'verdict']);
    expect(report.framework).toBe('mlsd-45');
    expect(report.case).toBeNull();
    expect(report.topics).toHaveLength(23);
    for (const topic of report.topics) expect(Object.keys(topic)).toEqual(['id', 'step', 'title', 'covered', 'evidence']);
    const byId = new Map(report.topics.map((t) => [t.id, t]));
    expect(byId.get('offline-metrics')).toMatchObject({ step: 'evaluate', covered: true, evidence: ['offline: AUC and log loss'] });
    expect(byId.get('ab-testing')?.covered).toBe(true);
    expect(byId.get('guardrail-metrics')).toMatchObject({ covered: false, evidence: [] });
  });

  it('reads standard input given - or no file, and narrows to one step with --step', async () => {
    for (const args of [['check', '-', '--step', 'evaluate', '--json'], ['check', '--step', 'evaluate', '--json']]) {
      const run = await cli(args, { input: answer });
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.topics.map((t) => t.id)).toEqual(['offline-metrics', 'online-metrics', 'ab-testing', 'guardrail-metrics']);
    }
  });

  it('adds the case topics with --case', async () => {
    const run = await cli(['check', '-', '--case', 'visual-search', '--json'], { input: answer });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.case).toBe('visual-search');
    expect(report.topics.length).toBeGreaterThan(23);
  });

  it('shows ✓ and ✗ per topic by step, the evidence, a hint for each miss, and a summary', async () => {
    const run = await cli(['check', file('answer.md', answer), '--step', 'evaluate']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Evaluation');
    expect(run.stdout).toMatch(/✓ Offline metrics\n\s+“offline: AUC and log loss”/);
    expect(run.stdout).toMatch(/✗ Guardrail metrics\n\s+hint: /);
    expect(run.stdout).toContain('2/4 topics covered');
  });

  it('covers nothing in an empty file or an all-TBD scaffold', async () => {
    const scaffold = ['# Clarify', 'Goal: TBD', 'Scale: TBD', '# Model', 'Baseline: TBD', '# Evaluation', 'Metrics: TBD', '- A/B test: TBD', '# Deploy', 'Monitoring: TBD'].join('\n');
    for (const content of ['', scaffold]) {
      const run = await cli(['check', file('scaffold.md', content), '--json']);
      expect(run.status, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as Report).topics.filter((t) => t.covered)).toEqual([]);
      expect((await cli(['check', file('scaffold.md', content)])).stdout).toContain('0/23 topics covered');
    }
  });

  it('refuses a binary file and a non-UTF-8 file with one line and exit 1', async () => {
    const binary = await cli(['check', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))]);
    expect(binary.status).toBe(1);
    expect(binary.stderr.trim().split('\n')).toHaveLength(1);
    expect(binary.stderr).toMatch(/binary/);
    const latin1 = await cli(['check', file('answer.txt', Buffer.from('r\xe9sum\xe9 of the design', 'latin1'))]);
    expect(latin1.status).toBe(1);
    expect(latin1.stderr).toMatch(/not valid UTF-8/);
    expect(latin1.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with "did you mean" for an unknown step, and for a missing file', async () => {
    const step = await cli(['check', '-', '--step', 'evalute'], { input: answer });
    expect(step.status).toBe(1);
    expect(step.stderr).toContain('did you mean evaluate?');
    const missing = await cli(['check', join(tempHome(), 'nope.md')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });
});
