// Nothing wrong gets printed, in any language (issue 9). A corpus of the ways a wrong number can reach paper,
// each tried on a copy of the real content as a translator or a community would: the build exits 1, names the
// file and the key, and writes nothing. Then the last check after rendering, on real and on tampered artifacts.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, editJson, editYaml, runCli, tempDir } from './helpers.js';
import { neverPrintIn } from '../scripts/validate/integrity/never-print.js';
import { numbersIn } from '../scripts/lib/normalize.js';
import { checkArtifact, verifyArtifacts } from '../scripts/verify/verify.js';
import { crisisNumbers } from '../scripts/load/regions.js';
import { loadContent } from '../scripts/load/load.js';
import { fsReader } from '../scripts/lib/reader.js';
import { resolveKit } from '../scripts/load/kit.js';
import { renderDocument } from '../scripts/lib/pdf/index.js';
import { KitErrors } from '../scripts/lib/errors.js';

/** The formatted problem list a function throws. */
function formatted(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof KitErrors) return e.format();
    throw e;
  }
  return '';
}

/** A private copy of the project's content, translations and kit config. */
function copyProject(): string {
  const root = tempDir('safety-');
  for (const part of ['content', 'locales', 'kit.config.yaml']) cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  return root;
}

type Mutation = (root: string) => void;
const json = (file: string, edit: (d: any) => void): Mutation => (r) => editJson(`${r}/${file}`, edit);
const config = (edit: (d: any) => void): Mutation => (r) => editYaml(`${r}/kit.config.yaml`, edit);

/** [case, mutation, kits to build, what the error must say] */
const corpus: Array<[string, Mutation, string, string[]]> = [
  ['a made-up toll-free number in a Spanish handout string', json('locales/es/handout.json', (d) => { d.whatToDo.items[2] = 'Si no, llame al 1-800-555-0199 para pedir orientación.'; }), 'es-US',
    ['locales/es/handout.json: whatToDo.items.2', 'phone number typed in: "1-800-555-0199"']],
  ['the US hotline typed into locales/es, which es-MX falls back to', json('locales/es/handout.json', (d) => { d.whatToDo.items[2] = 'Si no, llame al 1-888-373-7888.'; }), 'es-MX',
    ['locales/es/handout.json: whatToDo.items.2', 'the US number 1-888-373-7888', '{{hotline.call}}']],
  ['the US text code with spaces', json('locales/es/handout.json', (d) => { d.wallet.line = 'Envíe un mensaje al 233 733.'; }), 'es-US',
    ['locales/es/handout.json: wallet.line', 'the US number 233733']],
  ['the never-print text code in Arabic-Indic digits', json('locales/ar/handout.json', (d) => { d.wallet.line = 'أرسل ٢٣٣٣٧٣٣'; }), 'ar-US',
    ['locales/ar/handout.json: wallet.line', '"2333733"']],
  ['the hotline in full-width digits', json('locales/zh-Hans/handout.json', (d) => { d.wallet.line = '请拨打１－８８８－３７３－７８８８'; }), 'zh-Hans-US',
    ['locales/zh-Hans/handout.json: wallet.line', 'the US number 1-888-373-7888']],
  ['a never-print percentage in a translation', json('locales/es/who-is-at-risk.json', (d) => { d.module.goal = 'El 22 % de las víctimas son hombres y niños.'; }), 'es-US',
    ['locales/es/who-is-at-risk.json: module.goal', '"22% men and boys"']],
  ['"4,8 millones", a superseded figure reformatted', json('locales/es/what-is-trafficking.json', (d) => { d.module.goal = 'Unos 4,8 millones de personas.'; }), 'es-US',
    ['locales/es/what-is-trafficking.json: module.goal', '"4.8 million"']],
  ['"7.499", an unconfirmed figure in Spanish grouping', json('locales/es/what-is-trafficking.json', (d) => { d.module.goal = 'Hubo 7.499 casos.'; }), 'es-US',
    ['locales/es/what-is-trafficking.json: module.goal', '"7,499"']],
  ['"172,6", an unsourced figure', json('locales/fr/what-is-trafficking.json', (d) => { d.module.goal = 'Un profit de 172,6 milliards.'; }), 'fr-US',
    ['locales/fr/what-is-trafficking.json: module.goal', '"172.6"']],
  ['"dos años", the wrong T visa wait in Spanish', json('locales/es/supporting-survivors.json', (d) => { d.module.goal = 'La espera es de dos años.'; }), 'es-US',
    ['locales/es/supporting-survivors.json: module.goal', '"two years" (written as "dos años")']],
  ['"两年" in Chinese', json('locales/zh-Hans/supporting-survivors.json', (d) => { d.module.goal = '等待两年。'; }), 'zh-Hans-US',
    ['locales/zh-Hans/supporting-survivors.json: module.goal', '"two years" (written as "两年")']],
  ['a right-to-left override around digits', json('locales/ar/handout.json', (d) => { d.wallet.line = `اتصل \u202E7888\u202C`; }), 'ar-US',
    ['locales/ar/handout.json: wallet.line', 'U+202E']],
  ['a translation that changes a number of its English source', json('locales/es/closing.json', (d) => { d.check.questions[1] = d.check.questions[1].replace('18', '16'); }), 'es-US',
    ['locales/es/closing.json: check.questions', 'numbers differ from English', 'English:', 'translation:', '16']],
  ['a web address typed into a French string', json('locales/fr/handout.json', (d) => { d.wallet.line = 'Voir www.example.org'; }), 'fr-US',
    ['locales/fr/handout.json: wallet.line', 'web or e-mail address']],
  ['a never-print number in kit.config.yaml localResources', config((c) => { c.localResources = [{ name: 'Help line', phone: '1-800-307-4712' }]; }), 'en-US',
    ['kit.config.yaml: localResources.0.phone', '"1-800-307-4712"']],
  ['a never-print number hidden in a local resource name', config((c) => { c.localResources = [{ name: 'Text 233 3733' }]; }), 'en-US',
    ['kit.config.yaml: localResources.0.name', '"2333733"']],
  ['a US local number in a Mexican kit', config((c) => { c.kits = ['es-MX']; c.localResources = [{ name: 'Refugio', phone: '202-555-0199' }]; }), 'es-MX',
    ['kit.config.yaml: localResources.0.phone', 'not a valid phone number in MX']],
  ['an organization phone that is not a number', config((c) => { c.organization = { name: 'Riverside', phone: '555-0199' }; }), 'en-US',
    ['kit.config.yaml: organization.phone', 'not a valid phone number in US']],
  ['a never-print number without its leading 1, in a config phone field', config((c) => { c.localResources = [{ name: 'Immigrant help line', phone: '(800) 307-4712' }]; }), 'en-US',
    ['kit.config.yaml: localResources.0.phone', '"1-800-307-4712"']],
  ['the hotline in Chinese numerals', json('locales/zh-Hans/handout.json', (d) => { d.wallet.line = '请拨打一八八八三七三七八八八'; }), 'zh-Hans-US',
    ['locales/zh-Hans/handout.json: wallet.line', 'Chinese numerals']],
  ['a number with slashes in an English string', json('locales/en/handout.json', (d) => { d.wallet.line = 'Call 1/888/373/7888.'; }), 'en-US',
    ['locales/en/handout.json: wallet.line', 'the US number 1-888-373-7888']],
  ['the hotline in Mongolian digits', json('locales/vi/handout.json', (d) => { d.wallet.line = 'Gọi ᠑-᠘᠘᠘-᠓᠗᠓-᠗᠘᠘᠘'; }), 'vi-US',
    ['locales/vi/handout.json: wallet.line', 'the US number 1-888-373-7888']],
  ['a direction override in region data', (r) => editYaml(`${r}/content/regions/US.yaml`, (d) => { d.name = 'United \u202EStates'; }), 'en-US',
    ['content/regions/US.yaml: line', 'direction control']],
  ['a region hotline with a digit missing', (r) => editYaml(`${r}/content/regions/US.yaml`, (d) => { d.hotline.call.number = '1-888-373-788'; }), 'en-US',
    ['content/regions/US.yaml: hotline.call.number', 'not a valid phone number in US']],
];

describe('bad-input corpus: wrong numbers never reach a handout', () => {
  it.each(corpus)('%s', async (_name, mutate, kit, expected) => {
    const root = copyProject();
    mutate(root);
    const out = `${root}/dist`;
    mkdirSync(out);
    writeFileSync(`${out}/earlier.txt`, 'earlier output');
    const run = await runCli(['--content', root, '--config', `${root}/kit.config.yaml`, '--out', out, '-k', kit, '-o', 'handout']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('nothing was written');
    for (const text of expected) expect(run.err).toContain(text);
    expect(readdirSync(out)).toEqual(['earlier.txt']);
  });

  it('npm run check runs the same rules on every language', async () => {
    const root = copyProject();
    corpus[0]![1](root);
    corpus[5]![1](root);
    const { loadChecked } = await import('../scripts/build.js');
    expect(formatted(() => loadChecked(fsReader(root)))).toMatch(/locales\/es\/handout\.json: whatToDo\.items\.2[\s\S]*locales\/es\/who-is-at-risk\.json: module\.goal/);
  });

  it('npm run check refuses a US-only service in a string every kit prints, naming the first kit whose region lacks it', async () => {
    const root = copyProject();
    editJson(`${root}/locales/en/closing.json`, (d) => { d.thanks.subtitle = 'Take It Down: {{resources.take-it-down.web}}'; });
    const { loadChecked } = await import('../scripts/build.js');
    const message = formatted(() => loadChecked(fsReader(root)));
    expect(message).toContain('locales/en/closing.json: thanks.subtitle');
    expect(message).toContain('uses {{resources.take-it-down.web}}, which content/regions/AU.yaml does not have (kit en-AU)');
  });
});

describe('normalizing numbers', () => {
  it('reads every digit system, grouping and decimal mark alike', () => {
    expect(numbersIn('7,499 · 7.499 · 7 499 · ٧٤٩٩ · ７４９９')).toEqual(['7499', '7499', '7499', '7499', '7499']);
    expect(numbersIn('4,8 and 4.8, 5 6')).toEqual(['4.8', '4.8', '5', '6']);
  });

  it('finds never-print items however they are written, and not inside other numbers', () => {
    for (const text of ['2333733', '233-3733', '٢٣٣٣٧٣٣', '4,8 Millionen', 'unos 4.8 millions', 'deux ans', '1 800 222 TIPS']) {
      expect(neverPrintIn(text), text).not.toEqual([]);
    }
    for (const text of ['14.8 million', '23% men and 17% boys', '2022年', '1-888-373-7888', 'two-way support']) {
      expect(neverPrintIn(text), text).toEqual([]);
    }
  });
});

describe('after rendering: every artifact shows its hotline and no number from nowhere', () => {
  let kit: ReturnType<typeof resolveKit>;
  beforeAll(() => {
    kit = resolveKit('en-US', loadContent(fsReader(PROJECT)));
  });

  it('accepts a real slides.md and flags the same file tampered', async () => {
    const out = `${tempDir('verify-')}/dist`;
    expect((await runCli(['-k', 'en-US', '-a', 'youth', '-o', 'slides', '--out', out])).code).toBe(0);
    const slides = readFileSync(`${out}/en-US/youth/slides.md`, 'utf8');
    expect(checkArtifact(slides, kit, [])).toEqual([]);
    const tampered = slides.replaceAll('1-888-373-7888', '1-888-373-7889');
    expect(checkArtifact(tampered, kit, [])).toEqual([
      'does not show the hotline number 1-888-373-7888 exactly as written in content/regions/US.yaml',
      'shows the phone number "1-888-373-7889", which is not in content/regions/US.yaml or the kit config',
    ]);
    expect(checkArtifact(slides.replace('233733', '233737'), kit, [])).toEqual([
      'shows the phone number "233737", which is not in content/regions/US.yaml or the kit config',
    ]);
    // numbers of other regions are numbers too, however they are written; never-print items are named as such
    expect(checkArtifact(`${slides}\nOr call 1300 473 560.`, kit, [])).toEqual(['shows the phone number "1300 473 560", which is not in content/regions/US.yaml or the kit config']);
    expect(checkArtifact(`${slides}\nText 233 3733.`, kit, [])).toContain('contains "2333733", which must never be printed');
  });

  it('catches the US hotline in a Mexican kit, and accepts years, dates and statistics', () => {
    const mexico = resolveKit('es-MX', loadContent(fsReader(PROJECT)));
    const page = 'Llame al 800 5533 000. En peligro inmediato, llame al 911.';
    expect(checkArtifact(page, mexico, [])).toEqual([]);
    expect(checkArtifact(`${page} O al 1-888-373-7888.`, mexico, [])).toEqual(['shows the phone number "1-888-373-7888", which is not in content/regions/MX.yaml or the kit config']);
    expect(checkArtifact(`${page} Fuentes 2020-2022 (2022), 22 U.S.C. §7102 (2000), verificado 2026-12-02, 22 326 personas.`, mexico, [])).toEqual([]);
  });

  it('accepts the 988 crisis line in a US kit and catches it in a kit of a region without one', async () => {
    const content = loadContent(fsReader(PROJECT));
    const crisis = crisisNumbers(content.regions.values());
    expect(crisis).toEqual(['988']);
    const line = 'Upset after today? You can call or text 988 to talk with someone.';
    expect(checkArtifact(`Call 1-888-373-7888. ${line}`, kit, [], crisis)).toEqual([]);
    const canada = resolveKit('en-CA', content);
    const page = 'Call 1-833-900-1010. In immediate danger, call 911.';
    expect(checkArtifact(page, canada, [], crisis)).toEqual([]);
    expect(checkArtifact(`${page} ${line}`, canada, [], crisis)).toEqual([
      'shows the crisis line number 988, which content/regions/CA.yaml does not have: a crisis line is printed only in its own region\'s kits',
    ]);
    // not inside a longer number, a year or a decimal
    expect(checkArtifact(`${page} Since 1988, 2.988 and 9880.`, canada, [], crisis)).toEqual([]);
    // the build's check knows every region's crisis line: a tampered Australian guide fails it
    const australia = resolveKit('en-AU', content);
    const guide = await renderDocument({
      title: 'Guide', lang: 'en', dir: 'ltr', script: 'latin', paper: 'a4', largePrint: false,
      blocks: ['Call 131 237 (131AFP)', 'In immediate danger, call 000', line].map((text) => ({ kind: 'paragraph' as const, runs: [{ text }] })),
    });
    const jobs = [{ kit: 'en-AU', output: 'guide' as const, audience: 'youth', files: [{ path: 'en-AU/youth/facilitator-guide-a4.pdf', paper: 'a4' as const }] }];
    const error = await verifyArtifacts({ files: [{ path: jobs[0]!.files[0]!.path, data: guide }], jobs, kits: new Map([['en-AU', australia]]), localNumbers: new Map(), crisisNumbers: crisis }).catch((e: KitErrors) => e);
    expect(error).toBeInstanceOf(KitErrors);
    expect((error as KitErrors).format()).toContain('en-AU/youth/facilitator-guide-a4.pdf: shows the crisis line number 988');
  });

  it('reads the text of a PDF and fails the build step on a tampered handout', async () => {
    const pdf = (lines: string[]) => renderDocument({
      title: 'Handout', lang: 'en', dir: 'ltr', script: 'latin', paper: 'letter', largePrint: false,
      blocks: lines.map((text) => ({ kind: 'paragraph' as const, runs: [{ text }] })),
    });
    const jobs = [{ kit: 'en-US', output: 'handout' as const, audience: 'youth', files: [{ path: 'en-US/youth/handout-letter.pdf', paper: 'letter' as const }] }];
    const kits = new Map([['en-US', kit]]);
    const good = await pdf(['Call 1-888-373-7888', 'Text 233733', 'In immediate danger, call 911']);
    await expect(verifyArtifacts({ files: [{ path: jobs[0]!.files[0]!.path, data: good }], jobs, kits, localNumbers: new Map() })).resolves.toBeUndefined();
    const bad = await pdf(['Call 1-888-373-7888', 'Or call 1-800-307-4712']);
    const error = await verifyArtifacts({ files: [{ path: jobs[0]!.files[0]!.path, data: bad }], jobs, kits, localNumbers: new Map() }).catch((e: KitErrors) => e);
    expect(error).toBeInstanceOf(KitErrors);
    expect((error as KitErrors).format()).toContain('en-US/youth/handout-letter.pdf: shows the phone number "1-800-307-4712"');
  });
});
