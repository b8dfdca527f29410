// Every kit that has a locale and a region (npm run build -- --all), on the real content and translations.
// Decks are left out here (Slidev takes about 9 s a deck; e2e.test.ts builds one); everything else is built.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, pdfPages, pdfText, runCli, sharedDist, tempDir } from './helpers.js';
import { main as i18n } from '../scripts/i18n-tool/cli.js';

const KITS = ['ar-US', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'es-MX', 'es-US', 'fr-CA', 'fr-US', 'vi-US', 'zh-Hans-US'];
const HOTLINE: Record<string, string> = { US: '1-888-373-7888', CA: '1-833-900-1010', GB: '08000 121 700', AU: '131 237', MX: '800 5533 000' };
/** The document language: the kit's most specific translation (its tag, or the language for US kits). */
const DOC_LANG: Record<string, string> = { 'ar-US': 'ar', 'es-US': 'es', 'fr-US': 'fr', 'vi-US': 'vi', 'zh-Hans-US': 'zh-Hans' };
const NEVER = ['2333733', '01800 5533', '1-800-222-TIPS', '1-800-307-4712'];
let out = '';

beforeAll(() => {
  out = sharedDist(); // npm run build -- --all -o slides,guide,handout,handout-large,evaluation,wallet,wallet-large,flyer, once for the test run
});

const text = (file: string) => pdfText(file).replace(/\s+/g, ' ');

describe('npm run build -- --all', () => {
  it('builds every kit', () => {
    expect(readdirSync(out).filter((f) => !f.includes('.')).sort()).toEqual(KITS);
  });

  it.each(KITS)('%s: every handout, card sheet and flyer prints its own hotline and nothing forbidden', (kit) => {
    const number = HOTLINE[kit.slice(-2)] as string;
    const files = [
      ...['youth', 'parents', 'healthcare', 'faith'].flatMap((a) => [`${a}/handout-letter.pdf`, `${a}/handout-a4.pdf`, `${a}/facilitator-guide-letter.pdf`]),
      'wallet-cards-letter.pdf', 'wallet-cards-a4.pdf', 'flyer-letter.pdf', 'flyer-a4.pdf',
    ];
    for (const file of files) {
      const content = text(`${out}/${kit}/${file}`);
      expect(content, `${kit}/${file}`).toContain(number);
      for (const bad of NEVER) expect(content).not.toContain(bad);
      if (kit.slice(-2) !== 'US') expect(content, `${kit}/${file}`).not.toContain('1-888-373-7888');
    }
  });

  it.each(KITS)('%s: the handout is a tagged PDF in its language that qpdf accepts', (kit) => {
    const file = `${out}/${kit}/parents/handout-a4.pdf`;
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const plain = `${tempDir('qdf-')}/handout.pdf`; // objects uncompressed, to read the catalog's /Lang
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
    expect(readFileSync(plain).toString('latin1')).toContain(`/Lang (${DOC_LANG[kit] ?? kit})`);
  });

  it('the Arabic deck and guide read right to left, with the hotline left to right', () => {
    const slides = readFileSync(`${out}/ar-US/youth/slides.md`, 'utf8');
    expect(slides).toMatch(/^htmlAttrs:\n {2}lang: "ar"\n {2}dir: rtl$/m);
    expect(slides).toContain('\u20661-888-373-7888\u2069');
    const guide = text(`${out}/ar-US/parents/facilitator-guide-a4.pdf`);
    expect(guide).toContain('1-888-373-7888');
    expect(guide).toMatch(/[\u0600-\u06FF]{3,}/);
  });

  it('draft translations say so in the guide footer and on the index page', () => {
    const common = JSON.parse(readFileSync(`${PROJECT}/locales/fr/common.json`, 'utf8'));
    const file = `${out}/fr-US/youth/facilitator-guide-letter.pdf`;
    const guide = text(file);
    const pages = pdfPages(file);
    for (let page = 1; page <= pages; page++) {
      const label = (common.format.page as string).replace('{{page}}', String(page)).replace('{{pages}}', String(pages));
      expect(guide).toContain(`${label} · ${common.status.draft}`); // every page's footer
    }
    const vi = JSON.parse(readFileSync(`${PROJECT}/locales/vi/common.json`, 'utf8'));
    expect(readFileSync(`${out}/vi-US/index.html`, 'utf8')).toContain(vi.status.draft);
  });
});

describe('large print in every kit', () => {
  it('wallet cards, flyers and handouts still fit', async () => {
    const dir = tempDir('large-all-');
    writeFileSync(`${dir}/kit.config.yaml`, 'largePrint: true\npaper: [letter]\n');
    const run = await runCli(['--all', '--config', `${dir}/kit.config.yaml`, '--out', `${dir}/dist`, '-o', 'handout-large,wallet-large,flyer']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('translations', () => {
  it('npm run i18n -- check passes, and the six languages are complete', async () => {
    const lines: string[] = [];
    expect(await i18n(['check'], (l) => lines.push(l), (l) => lines.push(l))).toBe(0);
    const status: string[] = [];
    expect(await i18n(['status'], (l) => status.push(l), (l) => status.push(l))).toBe(0);
    for (const tag of ['es', 'fr', 'vi', 'zh-Hans', 'ar']) {
      expect(status.find((l) => l.trimStart().startsWith(`${tag} `)), status.join('\n')).toMatch(/100(\.0)?\s*%/);
    }
  });
});
