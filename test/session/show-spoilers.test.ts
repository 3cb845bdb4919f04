import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { brief, briefFields, referenceStepText } from '../../src/commands/show.js';
import { loadCase, loadCatalogue, loadFramework } from '../../src/content/load.js';
import { repoRoot, tempHome } from '../support/home.js';

const roots = { bundled: repoRoot, user: tempHome() };
const catalogue = loadCatalogue(roots);
const framework = loadFramework(roots, 'mlsd-45', catalogue);
const kase = loadCase(roots, 'ad-click-prediction', catalogue);
const plain = (text: string) => stripVTControlCharacters(text).replace(/\s+/g, ' ');

describe('mlsd show gives nothing away before practice', () => {
  it('prints the question, difficulty, tags and summary by default, and no fact, case topic or pitfall', () => {
    const text = plain(brief(kase, 200));
    expect(text).toContain(kase.question);
    expect(text).toContain(kase.difficulty);
    for (const tag of kase.tags) expect(text).toContain(tag);
    for (const fact of kase.facts) expect(text).not.toContain(fact.question);
    for (const topic of kase.topics) expect(text).not.toContain(topic.covers);
    for (const pitfall of kase.pitfalls) expect(text).not.toContain(pitfall.title);
    for (const twist of kase.twists) expect(text).not.toContain(twist.says);
    expect(text).toContain(`mlsd show ${kase.id} --full`);
  });

  it('prints facts, case topics, pitfalls and the requirement changes with --full', () => {
    const text = plain(brief(kase, 200, true));
    for (const fact of kase.facts) expect(text).toContain(fact.question);
    for (const pitfall of kase.pitfalls) expect(text).toContain(pitfall.title);
    expect(kase.twists.length).toBeGreaterThan(0);
    for (const twist of kase.twists) expect(text).toContain(`${twist.id} (${twist.phase}): ${twist.says}`);
  });

  it('fits every line of the full brief, hints included, to a 60-column screen', () => {
    const long = stripVTControlCharacters(brief(kase, 59, true)).split('\n');
    expect(long.filter((line) => line.length > 59)).toEqual([]);
  });

  it('keeps the JSON brief to the brief fields', () => {
    expect(Object.keys(briefFields(kase)).sort()).toEqual(['difficulty', 'id', 'question', 'summary', 'tags', 'title']);
  });

  it('prints one step of the reference, and no other', () => {
    const text = plain(referenceStepText(kase, framework, 'evaluate', 400));
    for (const bullet of kase.reference.evaluate ?? []) expect(text).toContain(bullet);
    for (const bullet of kase.reference.model ?? []) expect(text).not.toContain(bullet);
  });

  it.each([
    ['evalute', /^unknown step "evalute" in mlsd-45; did you mean evaluate\?/],
    ['nonsense-step-id', /^unknown step "nonsense-step-id" in mlsd-45 \(its steps: clarify, frame, model, evaluate, deploy\)$/],
  ])('refuses the unknown step %s in one line', (step, message) => {
    expect(() => referenceStepText(kase, framework, step)).toThrow(message);
  });
});
