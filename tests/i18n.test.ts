// The translator workflow (npm run i18n) on a real content tree: tests/fixtures/minimal plus a locale per case.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, editJson, PROJECT, runCli } from './helpers.js';
import { main } from '../scripts/i18n-tool/cli.js';
import { loadWorkspace } from '../scripts/i18n-tool/locales.js';
import { describe as describeKey, contextFindings } from '../scripts/i18n-tool/context.js';
import { units } from '../scripts/lib/i18n/units.js';

interface Run { code: number; out: string; err: string }

async function i18n(root: string, ...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--content', root, ...args], (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const write = (root: string, tag: string, ns: string, data: unknown) =>
  writeFileSync(join(root, 'locales', tag, `${ns}.json`), JSON.stringify(data, null, 2));

/** A fresh fixture with `new <tag>` already run. */
async function withLocale(tag: string): Promise<string> {
  const root = copyFixture('minimal');
  const run = await i18n(root, 'new', tag);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return root;
}

/** The status table row of a locale, split into cells. */
function row(run: Run, tag: string): string[] {
  const line = run.out.split('\n').find((l) => l.startsWith(`${tag} `));
  expect(line, `no status row for ${tag} in:\n${run.out}`).toBeDefined();
  return line!.trim().split(/\s{2,}/);
}

// English in the fixture (common, evaluation, guide, handout, help, intro): npm run i18n -- status counts 190 strings
// (a list counts once).
const ENGLISH_TOTAL = 190;

describe('npm run i18n -- new', () => {
  it('scaffolds meta.json, an empty file per namespace and _sources.json, and check accepts it as a draft', async () => {
    const root = await withLocale('de');
    const dir = join(root, 'locales/de');
    expect(readdirSync(dir).sort()).toEqual(['_sources.json', 'common.json', 'evaluation.json', 'guide.json', 'handout.json', 'help.json', 'intro.json', 'meta.json', 'regions.json']);
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))).toMatchObject({ name: 'German', nativeName: 'Deutsch', dir: 'ltr', script: 'latin', status: 'draft' });
    expect(JSON.parse(readFileSync(join(dir, 'intro.json'), 'utf8'))).toEqual({});
    const check = await i18n(root, 'check', 'de');
    expect(check.code).toBe(0);
    expect(check.out).toContain('warning locales/de/intro.json: 15 strings are not translated yet');
    expect(check.out).toContain('0 errors');
  });

  it('guesses direction and script, and refuses an existing folder', async () => {
    const root = await withLocale('ar');
    expect(JSON.parse(readFileSync(join(root, 'locales/ar/meta.json'), 'utf8'))).toMatchObject({ dir: 'rtl', script: 'arabic', nativeName: 'العربية' });
    for (const [tag, script] of [['zh-Hans', 'han'], ['ru', 'cyrillic'], ['fr', 'latin']] as const) {
      expect((await i18n(root, 'new', tag)).code).toBe(0);
      expect(JSON.parse(readFileSync(join(root, `locales/${tag}/meta.json`), 'utf8')).script).toBe(script);
    }
    const again = await i18n(root, 'new', 'ar');
    expect(again.code).toBe(1);
    expect(again.err).toContain('locales/ar: already exists');
  });

  it('starts a regional folder with meta.json only, and only once its language exists', async () => {
    const root = copyFixture('minimal');
    const early = await i18n(root, 'new', 'es-MX');
    expect(early.code).toBe(1);
    expect(early.err).toContain('npm run i18n -- new es');
    expect((await i18n(root, 'new', 'es')).code).toBe(0);
    const run = await i18n(root, 'new', 'es-mx');
    expect(run.code).toBe(0);
    expect(readdirSync(join(root, 'locales/es-MX')).sort()).toEqual(['_sources.json', 'meta.json']);
    expect(JSON.parse(readFileSync(join(root, 'locales/es-MX/meta.json'), 'utf8')).regions).toEqual(['MX']);
  });

  it('rejects a tag that is not BCP 47 as a command-line mistake', async () => {
    const run = await i18n(copyFixture('minimal'), 'new', 'not_a tag');
    expect(run.code).toBe(2);
  });
});

describe('npm run i18n -- status and stamp', () => {
  async function partialGerman(): Promise<string> {
    const root = await withLocale('de');
    write(root, 'de', 'intro', {
      module: { title: 'Einführung' },
      cover: { title: 'Übungssitzung', subtitle_youth: 'Eine Variante, die das Englische nicht hat' },
      scenario: { questions: ['Was fällt dir auf?', 'Wem könnte Dana es sagen?'] },
      retired: { title: 'Nicht mehr im Englischen' },
    });
    write(root, 'de', 'help', { hotline: { points: ['Die Hotline ist vertraulich.', 'Ruf im Notfall {{emergency}} an.'] } });
    return root;
  }

  it('counts a partial translation: unstamped strings are outdated, lists count once, extra keys are listed', async () => {
    const root = await partialGerman();
    const before = await i18n(root, 'status');
    expect(before.code).toBe(0);
    // locale, status, translated, missing, outdated, extra, placeholders, complete
    // 4 English keys and the audience variant cover.subtitle_youth (checked against cover.subtitle, not extra)
    expect(row(before, 'de')).toEqual(['de', 'draft', '0', String(ENGLISH_TOTAL - 4), '5', '1', '0', '0%']);
    const stamp = await i18n(root, 'stamp', 'de');
    expect(stamp.code).toBe(0);
    expect(stamp.out).toContain('Stamped 5 strings');
    const after = await i18n(root, 'status', 'de');
    expect(row(after, 'de')).toEqual(['de', 'draft', '4', String(ENGLISH_TOTAL - 4), '0', '1', '0', '2%']);
    const sources = JSON.parse(readFileSync(join(root, 'locales/de/_sources.json'), 'utf8'));
    expect(Object.keys(sources.intro)).toEqual(['cover.subtitle_youth', 'cover.title', 'module.title', 'scenario.questions']);
    // stamping again keeps every hash, including the variant's
    await i18n(root, 'stamp', 'de');
    expect(JSON.parse(readFileSync(join(root, 'locales/de/_sources.json'), 'utf8'))).toEqual(sources);
  });

  it('shows a string as outdated when its English changes, and stamp clears it', async () => {
    const root = await partialGerman();
    await i18n(root, 'stamp', 'de');
    editJson(join(root, 'locales/en/intro.json'), (d) => { d.cover.title = 'Fixture session, revised'; });
    const status = await i18n(root, 'status', 'de');
    expect(row(status, 'de').slice(2, 5)).toEqual(['3', String(ENGLISH_TOTAL - 4), '1']);
    const todo = await i18n(root, 'todo', 'de', 'intro');
    expect(todo.out).toMatch(/cover\.title {2}\(outdated[^\n]*\n {4}English: Fixture session, revised/);
    const check = await i18n(root, 'check', 'de');
    expect(check.code).toBe(0);
    expect(check.out).toContain('warning locales/de/intro.json: 1 translation was made from older English text (or never stamped): cover.title');
    // a translator updates the one string and stamps just that key
    editJson(join(root, 'locales/de/intro.json'), (d) => { d.cover.title = 'Übungssitzung, überarbeitet'; });
    expect((await i18n(root, 'stamp', 'de', 'intro', 'cover.title')).code).toBe(0);
    expect(row(await i18n(root, 'status', 'de'), 'de').slice(2, 5)).toEqual(['4', String(ENGLISH_TOTAL - 4), '0']);
  });

  it('reports a regional folder by its overrides, never as missing', async () => {
    const root = await withLocale('es');
    await i18n(root, 'new', 'es-MX');
    write(root, 'es-MX', 'handout', { wallet: { heading: 'Aquí hay ayuda' }, extra: 'x' });
    const run = await i18n(root, 'status');
    expect(row(run, 'es-MX')).toEqual(['es-MX', 'draft', '1 overrides', '-', '1', '1', '0', 'regional of es']);
    // Spanish has a third plural form (one, many, other), so format.minutes needs one key more than English
    expect(row(run, 'es')[3]).toBe(String(ENGLISH_TOTAL + 1));
  });
});

describe('npm run i18n -- todo', () => {
  it('lists missing strings with the English text and the translator description, including patterns', async () => {
    const root = await withLocale('de');
    writeFileSync(join(root, 'locales/en/_context.json'), JSON.stringify({
      common: { 'format.minutes': 'A duration in the timing plan.' },
      '*': { '*.title': 'Slide title, about 50 characters.', '*.questions': 'Discussion questions, about 100 characters each.' },
    }));
    const common = await i18n(root, 'todo', 'de', 'common');
    expect(common.out).toContain('format.minutes_one  (missing: plural form "one" of format.minutes)\n    English: {{count}} minute\n    Context: A duration in the timing plan.');
    const intro = await i18n(root, 'todo', 'de', 'intro');
    expect(intro.out).toContain('cover.title_youth  (missing)\n    English: Fixture session for young people\n    Context: Slide title, about 50 characters.');
    expect(intro.out).toContain('scenario.questions  (missing)\n    English (a list):\n      - What do you notice?\n      - Who could Dana tell?\n    Context: Discussion');
    expect(intro.out).not.toContain('common.json');
    const verbose = await i18n(root, 'status', '--verbose');
    expect(verbose.out).toContain('locales/de/help.json: 8 to do');
  });
});

describe('npm run i18n -- check', () => {
  async function checkOf(tag: string, ns: string, data: unknown): Promise<Run> {
    const root = await withLocale(tag);
    write(root, tag, ns, data);
    return i18n(root, 'check', tag);
  }

  it('fails on a placeholder mismatch and names the file and key', async () => {
    const run = await checkOf('de', 'help', { hotline: { notes: { say: 'Nenne die {{hotline.name}} und lies {{hotline.nummer}} vor.' } } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('error locales/de/help.json: hotline.notes.say: placeholders differ from English: lacks {{hotline.call}}; has {{hotline.nummer}}');
    expect(run.err).toContain('fix: use exactly {{hotline.name}}, {{hotline.call}}');
  });

  it('checks an audience variant English lacks against its base key, and warns when a list changes length', async () => {
    const run = await checkOf('de', 'help', { hotline: { points_youth: ['Die Hotline ist vertraulich.', 'Ruf {{hotline.call}} an.', 'Drei.'] } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('error locales/de/help.json: hotline.points_youth: placeholders differ from English: lacks {{emergency}}; has {{hotline.call}}');
    expect(run.out).toContain('warning locales/de/help.json: hotline.points_youth: has 3 items, English has 2');
    expect(run.out).not.toContain('is not used');
  });

  it('lets a regional override leave out a fact the language has, but never add one', async () => {
    const root = await withLocale('en-GB');
    // the English notes name {{hotline.name}} and {{hotline.call}}: a UK override may drop the number ...
    write(root, 'en-GB', 'help', { hotline: { notes: { say: 'Point to the {{hotline.name}}.' } } });
    expect((await i18n(root, 'check', 'en-GB')).code).toBe(0);
    // ... but not bring in a placeholder or a number of its own
    write(root, 'en-GB', 'help', { hotline: { notes: { say: 'Point to the {{hotline.name}} and {{emergency}}, open 24 hours.' } } });
    const run = await i18n(root, 'check', 'en-GB');
    expect(run.code).toBe(1);
    expect(run.err).toContain('has {{emergency}}, which English does not use');
    expect(run.err).toContain('numbers differ from English (none): has 24');
  });

  it('warns when a regional override hides the audience variants of its language', async () => {
    const root = await withLocale('en-GB');
    write(root, 'en-GB', 'intro', { cover: { title: 'Practice session' } }); // English also has cover.title_youth
    const run = await i18n(root, 'check', 'en-GB');
    expect(run.code).toBe(0);
    expect(run.out).toContain('warning locales/en-GB/intro.json: cover.title: hides the youth variant of the language');
    expect(run.out).toContain('fix: override cover.title_youth here too');
  });

  it('fails when a plural group lacks a form the language needs (Arabic: zero, one, two, few, many, other)', async () => {
    const run = await checkOf('ar', 'common', { format: { minutes_one: 'دقيقة واحدة', minutes_other: '{{count}} دقيقة' } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('error locales/ar/common.json: format.minutes: plural forms "zero", "two", "few", "many" are missing; ar needs zero, one, two, few, many, other');
    expect(run.err).toContain('fix: add format.minutes_zero, format.minutes_two, format.minutes_few, format.minutes_many');
    const forms = Object.fromEntries(['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [`minutes_${c}`, c === 'one' || c === 'two' ? 'دقيقة' : '{{count}} دقيقة']));
    expect((await checkOf('ar', 'common', { format: forms })).code).toBe(0);
  });

  it('fails on markup: HTML, Markdown emphasis, backticks, links and stray braces', async () => {
    const run = await checkOf('de', 'handout', {
      title: 'Die <b>Zeichen</b> kennen',
      intro: 'Dieses Blatt ist **wichtig**.',
      whatIs: { heading: 'Was ist `das`?', body: 'Mehr unter [hier](https://example.org).' },
      wallet: { line: 'Kostenlos {und} vertraulich.' },
    });
    expect(run.code).toBe(1);
    for (const [key, what] of [['title', 'an HTML tag'], ['intro', 'Markdown emphasis'], ['whatIs.heading', 'a backtick'], ['whatIs.body', 'a Markdown link'], ['wallet.line', 'a brace']]) {
      expect(run.err).toContain(`error locales/de/handout.json: ${key}: contains ${what}`);
    }
  });

  it('fails when digits differ from the English, and accepts the same numbers in native digits', async () => {
    const run = await checkOf('de', 'common', { audience: { youth: 'Junge Menschen (12-17 Jahre)' }, service: { hours247: 'rund um die Uhr' } });
    expect(run.code).toBe(1);
    expect(run.err).toContain('error locales/de/common.json: audience.youth: numbers differ from English (12, 18): has 17; lacks 18');
    expect(run.err).toContain('error locales/de/common.json: service.hours247: numbers differ from English (24, 7): lacks 24, 7');
    expect((await checkOf('ar', 'common', { audience: { youth: 'الشباب (الأعمار ١٢-١٨)' } })).code).toBe(0);
  });

  it('makes missing strings errors for a reviewed locale and warnings for a draft', async () => {
    const root = await withLocale('de');
    write(root, 'de', 'intro', { module: { title: 'Einführung' } });
    const draft = await i18n(root, 'check');
    expect(draft.code).toBe(0);
    expect(draft.out).toContain('warning locales/de/intro.json: 14 strings are not translated yet, English is shown: module.goal, cover.title');
    editJson(join(root, 'locales/de/meta.json'), (m) => { m.status = 'reviewed'; m.reviewedBy = 'A. Reviewer'; });
    const reviewed = await i18n(root, 'check');
    expect(reviewed.code).toBe(1);
    expect(reviewed.err).toContain('error locales/de/intro.json: module.goal: is missing in a reviewed translation');
    editJson(join(root, 'locales/de/meta.json'), (m) => { delete m.reviewedBy; });
    expect((await i18n(root, 'check', 'de')).err).toContain('error locales/de/meta.json: reviewedBy');
  });

  it('passes the project itself: every common.json key has a description, and every description matches a key', () => {
    const ws = loadWorkspace(PROJECT);
    const undescribed = [...units(ws.english.namespaces.common!).keys()].filter((k) => !describeKey(ws, 'common', k));
    expect(undescribed).toEqual([]);
    expect(contextFindings(ws)).toEqual([]);
    for (const ns of ws.modules) expect(describeKey(ws, ns, 'module.title')).toMatch(/module/);
  });

  it('warns about a description that matches no English key', async () => {
    const root = copyFixture('minimal');
    writeFileSync(join(root, 'locales/en/_context.json'), JSON.stringify({ common: { 'format.gone': 'x' }, nope: { a: 'b' } }));
    const run = await i18n(root, 'check');
    expect(run.code).toBe(0);
    expect(run.out).toContain('warning locales/en/_context.json: common: format.gone: describes no English key');
    expect(run.out).toContain('warning locales/en/_context.json: nope: names no English namespace');
  });
});

describe('a new locale in a real build', () => {
  it('builds de-US after `new de` and one translated string; everything else falls back to English', async () => {
    const root = await withLocale('de');
    write(root, 'de', 'intro', { cover: { title_youth: 'Übungssitzung für junge Menschen' } });
    expect((await i18n(root, 'check', 'de')).code).toBe(0);
    const out = join(root, 'dist');
    mkdirSync(out, { recursive: true });
    const build = await runCli(['--content', root, '--out', out, '-k', 'de-US', '-o', BUILD_OUTPUTS]);
    expect(build.err).toBe('');
    expect(build.code).toBe(0);
    const slides = readFileSync(join(out, 'de-US/youth/slides.md'), 'utf8');
    expect(slides).toContain('Übungssitzung für junge Menschen');
    expect(slides).not.toContain('Fixture session for young people');
    expect(slides).toContain('A fact with a source'); // untranslated: English
    expect(slides).toContain('Where to get help');
    if (BUILD_OUTPUTS.includes('guide')) {
      const guide = readFileSync(join(out, 'de-US/youth/facilitator-guide.md'), 'utf8');
      expect(guide).toContain('Übungssitzung für junge Menschen');
    }
    expect(existsSync(join(out, 'de-US/parents/slides.md'))).toBe(true);
    // the fallback is listed once in the report, and --strict turns it into a failure that writes nothing
    expect(build.out.match(/de-US: \d+ strings fall back to English/g)).toHaveLength(1);
    const strict = await runCli(['--content', root, '--out', join(root, 'strict'), '-k', 'de-US', '-o', 'slides', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/--strict: .*warning/);
    expect(strict.err).toMatch(/de-US: \d+ strings fall back to English/);
    expect(existsSync(join(root, 'strict'))).toBe(false);
  });
});

/** Outputs the build test makes. */
const BUILD_OUTPUTS = 'slides,guide';
