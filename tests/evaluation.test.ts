// The pre/post questionnaire (issue 13): each audience's form prints its own items in the kit's language, the guide's
// answer key is the same items with their answers, the youth form reads at the youth grade, and a bad form file fails
// the build naming its file and key.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyFixture, editYaml, pdfPages, pdfText, PROJECT, runCli, tempDir } from './helpers.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadChecked } from '../scripts/build.js';
import { evaluationReadingLevels } from '../scripts/outputs/handout/reading-level.js';

const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];
const strings = (lang: string) => JSON.parse(readFileSync(`${PROJECT}/locales/${lang}/evaluation.json`, 'utf8'));
const form = (audience: string) => parseYaml(readFileSync(`${PROJECT}/content/evaluation/${audience}.yaml`, 'utf8')) as { items: Array<{ id: string; kind: string; answer?: unknown; options?: string[] }> };
/** An item's words for an audience: its variant, else the plain key (as i18next context does). */
const text = (node: Record<string, string>, key: string, audience: string) => node[`${key}_${audience}`] ?? node[key]!;
/** pdftotext wraps lines and may break anywhere a line breaks: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

let out: string;
beforeAll(async () => {
  out = `${tempDir('evaluation-')}/dist`;
  const run = await runCli(['-k', 'en-US,es-US', '-o', 'evaluation,guide', '--out', out]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
}, 300_000);

describe('evaluation', () => {
  it.each(AUDIENCES)('the %s form prints each of its items and their boxes in the kit language, on one sheet', (audience) => {
    for (const [kit, lang] of [['en-US', 'en'], ['es-US', 'es']] as const) {
      const file = `${out}/${kit}/${audience}/evaluation-letter.pdf`;
      const pdf = squash(pdfText(file));
      const words = strings(lang);
      expect(pdfPages(file)).toBeLessThanOrEqual(2);
      expect(pdf).toContain(squash(text(words, 'title', audience)));
      expect(pdf).toContain(squash(words.when.pre));
      expect(pdf).toContain(squash(words.when.post));
      for (const item of form(audience).items) {
        expect(pdf).toContain(squash(text(words.items[item.id], 'text', audience)));
        for (const option of item.options ?? []) expect(pdf).toContain(squash(words.items[item.id].options[option]));
      }
      expect(pdf).toContain(squash(words.answer.notSure));
      expect(pdf).toContain(squash(words.scale.very));
    }
  });

  it.each(AUDIENCES)('the %s guide has the answer key of the same items, in order, with their answers', (audience) => {
    const md = readFileSync(`${out}/en-US/${audience}/facilitator-guide.md`, 'utf8');
    const words = strings('en');
    const section = md.slice(md.indexOf(`## ${words.guide.heading}`));
    // Markdown escapes: "\\1." so a cell never starts a list
    const rows = section.split('\n').filter((l) => /^\| \\?\d+\. /.test(l)).map((l) => l.replace(/\\(?=[^\\])/g, '').split(' | ').map((c) => c.replace(/^\| |\s*\|\s*$/g, '')));
    const items = form(audience).items;
    expect(rows).toHaveLength(items.length);
    items.forEach((item, i) => {
      const [question, answer] = rows[i]!;
      expect(question).toBe(`${i + 1}. ${text(words.items[item.id], 'text', audience)}`);
      const expected = item.kind === 'trueFalse' ? (item.answer ? words.answer.true : words.answer.false)
        : item.kind === 'choice' ? words.items[item.id].options[item.answer as string] : words.guide.confidence;
      expect(answer).toBe(expected);
    });
    expect(section).toContain(words.guide.compareHeading);
    expect(md).toContain(words.guide.when);
  });

  it('the guide PDF carries the answer key too', () => {
    const pdf = squash(pdfText(`${out}/en-US/youth/facilitator-guide-letter.pdf`));
    expect(pdf).toContain(squash(strings('en').guide.keyHeading));
    expect(pdf).toContain(squash(strings('en').items['friend-first-step'].options['tell-adult']));
  });

  it('the youth form reads at or below the youth reading grade', () => {
    const levels = evaluationReadingLevels(loadChecked(fsReader(PROJECT)));
    expect(levels.map((l) => l.audience)).toEqual(['youth']);
    expect(levels[0]!.grade).toBeLessThanOrEqual(levels[0]!.target);
  });

  it.each([
    ['a module the session does not teach', (d: any) => { d.items[0].module = 'prevention-actions'; }, 'items.0.module', 'not a module of the youth session'],
    ['an answer that is not an option', (d: any) => { d.items[3].answer = 'nope'; }, 'items.3.answer', 'not one of the item\'s options'],
    ['an unknown item kind', (d: any) => { d.items[1].kind = 'essay'; }, 'items.1.kind', "Expected 'trueFalse' | 'choice' | 'confidence'"],
    ['too many items', (d: any) => { d.items.push(...d.items.slice(0, 4)); }, 'items', '5 to 8 items'],
  ])('a bad evaluation file fails with exit 1 naming file and key: %s', async (_, edit, key, message) => {
    const root = copyFixture('minimal');
    editYaml(`${root}/content/evaluation/youth.yaml`, edit);
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'evaluation']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`content/evaluation/youth.yaml: ${key}`);
    expect(run.err).toContain(message);
  });

  it('an audience without a form fails with exit 1 naming the missing file', async () => {
    const root = copyFixture('minimal');
    const { rmSync } = await import('node:fs');
    rmSync(`${root}/content/evaluation/parents.yaml`);
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'evaluation']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('content/evaluation/parents.yaml');
    expect(run.err).toContain('no pre/post questionnaire');
  });
});
