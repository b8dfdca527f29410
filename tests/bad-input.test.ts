// Bad input: one clear message naming the file and key path, exit code 1, and the output folder untouched.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFixture, editJson, editYaml, runCli } from './helpers.js';

type Mutation = (root: string) => void;

const cases: Array<[string, Mutation, string[]]> = [
  ['misspelled key in a module', (r) => editYaml(`${r}/content/modules/intro.yaml`, (d) => { d.slides[0].layot = 'title'; }), ['content/modules/intro.yaml', 'slides.0', '"layot"']],
  ['unknown layout', (r) => editYaml(`${r}/content/modules/intro.yaml`, (d) => { d.slides[1].layout = 'fancy'; }), ['content/modules/intro.yaml: slides.1.layout', '"statement"']],
  ['unknown module in an audience', (r) => editYaml(`${r}/content/audiences/youth.yaml`, (d) => { d.modules[0].id = 'intor'; }), ['content/audiences/youth.yaml: modules.0.id', 'unknown module "intor"']],
  ['minutes that do not add up', (r) => editYaml(`${r}/content/audiences/youth.yaml`, (d) => { d.minutes = 20; }), ['content/audiences/youth.yaml: modules', 'add up to 15']],
  ['malformed YAML', (r) => writeFileSync(`${r}/content/regions/US.yaml`, 'id: US\nname: [unclosed\n'), ['content/regions/US.yaml', 'not valid YAML']],
  ['malformed JSON', (r) => writeFileSync(`${r}/locales/en/help.json`, '{ "module": '), ['locales/en/help.json', 'not valid JSON']],
  ['missing slide notes', (r) => editJson(`${r}/locales/en/help.json`, (d) => { delete d.check.notes; }), ['locales/en/help.json: check.notes.say', 'missing']],
  ['unknown placeholder', (r) => editJson(`${r}/locales/en/help.json`, (d) => { d.hotline.notes.say = 'Call {{hotline.phone}}'; }), ['locales/en/help.json: hotline.notes.say', '{{hotline.phone}}']],
  ['literal statistic', (r) => editJson(`${r}/locales/en/intro.json`, (d) => { d.facts.body = 'About 40% of people never ask.'; }), ['locales/en/intro.json: facts.body', 'statistic without a source']],
  ['forbidden phrase', (r) => editJson(`${r}/locales/en/intro.json`, (d) => { d.cover.subtitle = 'How to rescue people'; }), ['locales/en/intro.json: cover.subtitle', '"rescue"']],
  ['a misspelt audience in a region\'s crisis line', (r) => editYaml(`${r}/content/regions/US.yaml`, (d) => { d.crisis.handouts = ['youth', 'parent']; }), ['content/regions/US.yaml: crisis.handouts.1', 'unknown audience "parent"', 'use one of: ']],
  ['a misspelt audience in a region\'s resource', (r) => editYaml(`${r}/content/regions/US.yaml`, (d) => { d.resources[1].handouts = ['yuoth']; }), ['content/regions/US.yaml: resources.1.handouts.0', 'unknown audience "yuoth"']],
  ['a handout above the reading level', (r) => editJson(`${r}/locales/en/handout.json`, (d) => {
    d.whatIs.body = 'Commercial sexual exploitation constitutes a multidimensional violation encompassing recruitment, harboring, transportation, provision and obtaining of individuals through coercive, fraudulent or manipulative methodologies, particularly affecting economically marginalized populations experiencing intersecting vulnerabilities.';
  }), ['locales/en/handout.json: (youth handout, en-US)', 'above the target of grade 8']],
  ['a handout too long for one sheet', (r) => editJson(`${r}/locales/en/handout.json`, (d) => {
    d.redFlags.items = Array.from({ length: 60 }, (_, i) => `Sign ${i % 9}: someone else keeps their phone and tells them who they may see.`);
  }), ['locales/en/handout.json: (youth handout, letter)', 'does not fit', 'but maxPages is 2']],
];

describe('bad input', () => {
  it.each(cases)('%s', async (name, mutate, expected) => {
    const root = copyFixture('minimal');
    mutate(root);
    const out = `${root}/dist`;
    mkdirSync(`${out}/en-US/youth`, { recursive: true });
    writeFileSync(`${out}/en-US/youth/slides.md`, 'earlier output');
    const outputs = name.includes('handout too long') ? 'handout' : 'slides';
    const run = await runCli(['--content', root, '--out', out, '-o', outputs]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('nothing was written');
    for (const text of expected) expect(run.err).toContain(text);
    expect(readdirSync(out)).toEqual(['en-US']);
    expect(readFileSync(`${out}/en-US/youth/slides.md`, 'utf8')).toBe('earlier output');
  });

  it('collects every problem before stopping', async () => {
    const root = copyFixture('minimal');
    // file-level problems in four places: all are reported in one run
    for (const i of [0, 1, 4, 5]) cases[i]?.[1](root);
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'slides']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/\b([4-9]|\d\d) problems found/);
    for (const file of ['intro.yaml: slides.0', 'intro.yaml: slides.1.layout', 'US.yaml', 'help.json']) expect(run.err).toContain(file);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const run = await runCli(['--colour']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--colour');
  });
});
