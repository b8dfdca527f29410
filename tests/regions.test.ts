// Region data in every language (issue 9): translated descriptions, service details only where region data has
// them, the T visa years as a fact, honest verified dates, Australia's support lines, and which handouts list what.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, editYaml, pdfText, runCli, sharedDist, sharedReport, tempDir } from './helpers.js';

const KITS = ['en-US', 'es-US', 'fr-US', 'vi-US', 'zh-Hans-US', 'ar-US', 'en-AU', 'es-MX'];
const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];
let out = '';
let report = '';

beforeAll(() => {
  out = sharedDist(); // every kit, built once for the test run
  report = sharedReport();
});

const flat = (s: string) => s.replace(/\s+/g, ' ');
const pdf = (file: string) => flat(pdfText(`${out}/${file}`));
const md = (file: string) => flat(readFileSync(`${out}/${file}`, 'utf8'));
/** The QR codes zbarimg reads on one page of a PDF. */
function qrCodes(file: string, page: number): string[] {
  const png = `${tempDir('qr-')}/page`;
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', String(page), '-l', String(page), file, png]);
  try {
    return execFileSync('zbarimg', ['-q', '--raw', `${png}-${page}.png`], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return []; // zbarimg exits 4 when it finds nothing
  }
}

/** Everything a kit prints, as text: slides, guides, handouts, wallet cards and flyer. */
const everything = (kit: string) => [
  ...AUDIENCES.flatMap((a) => [md(`${kit}/${a}/slides.md`), md(`${kit}/${a}/facilitator-guide.md`), pdf(`${kit}/${a}/facilitator-guide-a4.pdf`), pdf(`${kit}/${a}/handout-letter.pdf`)]),
  pdf(`${kit}/wallet-cards-letter.pdf`), pdf(`${kit}/flyer-letter.pdf`),
].join('\n');

describe('region text in the kit language', () => {
  it('the es-US guide describes the hotline and other contacts in Spanish; names stay as written', () => {
    const guide = md('es-US/parents/facilitator-guide.md');
    expect(guide).toContain('National Human Trafficking Hotline');
    expect(guide).toContain('La línea nacional contra la trata de personas');
    expect(guide).toContain('NCMEC CyberTipline');
    expect(guide).toContain('Denunciar la explotación sexual de un niño o niña en internet.');
    expect(guide).not.toContain('report online sexual exploitation');
    // service details from region fields, language names from Intl.DisplayNames
    expect(guide).toContain('Atiende 24/7. Llamadas en inglés y español, y en más de 200 idiomas con intérpretes. Textos y chat en inglés y español. TTY: 711.');
  });

  it('the Arabic guide keeps Latin names and numbers in isolates', () => {
    const guide = readFileSync(`${out}/ar-US/parents/facilitator-guide.md`, 'utf8');
    expect(guide).toContain('\u2066NCMEC CyberTipline\u2069');
    expect(guide).toContain('\u2066711\u2069');
    expect(guide).toContain('الإنجليزية والإسبانية');
  });

  it.each([['en-US', '3 years'], ['es-US', '3 años'], ['fr-US', '3 ans'], ['vi-US', '3 năm'], ['zh-Hans-US', '满3年'], ['ar-US', '3 سنوات']])(
    '%s: the T visa wait renders as %s, from facts.yaml', (kit, years) => {
      const guide = md(`${kit}/faith/facilitator-guide.md`);
      expect(guide).toContain(years);
      expect(guide).toContain('uscis.gov');
    });
});

describe('service details only where region data has them', () => {
  it('a US handout still carries its QR code to the hotline website', () => {
    expect(qrCodes(`${out}/en-US/parents/handout-letter.pdf`, 1)).toEqual(['https://humantraffickinghotline.org']);
  });

  it('US kits say the hotline is open 24/7 in the heading', () => {
    expect(pdf('en-US/youth/handout-letter.pdf')).toContain('Help is available 24/7');
    expect(pdf('es-US/youth/handout-letter.pdf')).toContain('Ayuda disponible 24/7');
  });

  it.each([
    ['en-US', 'Scan to chat with the hotline'], ['es-US', 'Escanea para chatear con la línea de ayuda'], ['en-CA', 'Scan to chat with the hotline'],
    ['en-GB', "Scan to visit the helpline's website"], ['es-MX', 'Escanea para ver el sitio web'],
  ])('%s captions the QR code "%s": chat only where region data says the hotline has one', (kit, caption) => {
    const sheets = ['youth/handout-letter.pdf', 'wallet-cards-letter.pdf', 'flyer-letter.pdf'].map((f) => pdf(`${kit}/${f}`));
    for (const text of sheets) expect(text).toContain(caption);
    if (!kit.endsWith('-US') && !kit.endsWith('-CA')) for (const text of sheets) expect(text).not.toMatch(/chat/i);
  });

  it.each(['en-AU', 'es-MX'])('%s prints no hours, which FACTS.md does not give', (kit) => {
    expect(everything(kit)).not.toContain('24/7');
  });
});

describe('Australia', () => {
  it.each(AUDIENCES)('the %s handout prints a support line that needs no police contact, and no QR code', (a) => {
    const text = pdf(`en-AU/${a}/handout-letter.pdf`);
    expect(text).toContain('131 237');
    expect(text).toContain('For support without police, call 1300 473 560 (Salvation Army Trafficking and Slavery Safe House)');
    expect(text).toContain('03 9345 1800');
    expect(text).not.toContain('antislaverycommissioner');
    // the QR code would point at a page FACTS.md does not name: there is none
    expect(qrCodes(`${out}/en-AU/${a}/handout-letter.pdf`, 1)).toEqual([]);
  });

  it.each(AUDIENCES)('every %s slide\'s help line gives the support line beside the police line', (a) => {
    const lines = [...readFileSync(`${out}/en-AU/${a}/slides.md`, 'utf8').matchAll(/<p class="help-line">(.*?)<\/p>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).toContain('131 237');
      expect(line).toContain('1300 473 560');
      expect(line).not.toMatch(/\b000\b/); // the emergency number is on the hotline slide, not the footer
    }
  });

  it('the wallet cards, flyer and guide print the Salvation Army Safe House first, then the Red Cross program', () => {
    expect(pdf('en-AU/wallet-cards-letter.pdf')).toContain('1300 473 560');
    expect(pdf('en-AU/flyer-letter.pdf')).toContain('1300 473 560');
    const guide = md('en-AU/healthcare/facilitator-guide.md');
    expect(guide.indexOf('1300 473 560')).toBeGreaterThan(-1);
    expect(guide.indexOf('Salvation Army Trafficking and Slavery Safe House:')).toBeLessThan(guide.indexOf('Australian Red Cross Support for Trafficked People Program:'));
    expect(guide).toContain('No police contact needed.');
    expect(guide).toContain('redcross.org.au/stpp');
  });
});

describe('which contacts each handout lists', () => {
  it.each(['youth', 'faith', 'healthcare'])('the en-US %s handout has no DHS/HSI tip line', (a) => {
    expect(pdf(`en-US/${a}/handout-letter.pdf`)).not.toContain('1-866-347-2423');
  });

  it.each([['youth', true], ['parents', true], ['healthcare', false], ['faith', false]])('the en-US %s handout lists the CyberTipline: %s', (a, listed) => {
    const text = pdf(`en-US/${a}/handout-letter.pdf`);
    expect(text.includes('1-800-843-5678')).toBe(listed);
    if (listed) expect(text).toContain('More help');
  });

  it('the en-US guide keeps the DHS/HSI tip line, with the note for facilitators', () => {
    const guide = md('en-US/faith/facilitator-guide.md');
    expect(guide).toContain('1-866-347-2423');
    expect(guide).toContain('part of ICE');
    expect(guide).toContain('offer the hotline first');
  });
});

describe('verified dates say what was checked', () => {
  it.each([
    ['en-US', 'These contacts were checked on December 2, 2026 against the project\'s fact sheet only, not at their sources. Check these numbers at humantraffickinghotline.org before printing.'],
    ['es-US', 'Estos contactos se verificaron el 2 de diciembre de 2026 solo con la hoja de datos del proyecto, no en sus fuentes. Verifique estos números en humantraffickinghotline.org antes de imprimir.'],
    ['zh-Hans-US', '这些联系方式于2026年12月2日仅对照项目的事实清单核实过'],
    ['en-AU', 'Check these numbers at antislaverycommissioner.gov.au before printing.'],
  ])('the %s guide (Markdown and PDF) says when and against what', (kit, sentence) => {
    expect(md(`${kit}/parents/facilitator-guide.md`)).toContain(sentence);
    expect(pdf(`${kit}/parents/facilitator-guide-letter.pdf`)).toContain(sentence.slice(0, 40));
  });

  it('the build warns once per kit that entries were checked only against FACTS.md', () => {
    const au = report.split('\n').filter((l) => l.includes('content/regions/AU.yaml') && !l.includes('no crisis line')); // the crisis line has its own warning
    expect(au).toHaveLength(1);
    expect(au[0]).toContain('4 of 4 entries were checked only against FACTS.md (2026-12-02)');
    expect(au[0]).toContain('check them at antislaverycommissioner.gov.au before printing');
    expect(report.split('\n').filter((l) => l.includes('content/regions/US.yaml'))).toHaveLength(6); // ar, en, es, fr, vi, zh-Hans
  });
});

describe('region data checks (minimal fixture)', () => {
  it('a string that names hours or languages the region lacks fails the build with file and key', async () => {
    const root = copyFixture('minimal');
    editYaml(`${root}/content/regions/US.yaml`, (d) => { delete d.hotline.hours; delete d.hotline.callLanguages; delete d.hotline.moreLanguages; });
    const help = `${root}/locales/en/help.json`;
    writeFileSync(help, readFileSync(help, 'utf8').replace('"The hotline is confidential."', '"Open {{hotline.hours}}. {{hotline.languages}}"'));
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'slides']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('locales/en/help.json: hotline.points.0: uses {{hotline.hours}}');
    expect(run.err).toContain('uses {{hotline.languages}}');
  });

  it('a hotline without a web page prints no web line and no QR code, and the guide names where to check', async () => {
    const root = copyFixture('minimal');
    editYaml(`${root}/content/regions/US.yaml`, (d) => { delete d.hotline.web; });
    const guide = `${root}/locales/en/guide.json`; // the fixture's one string that names the website
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(' at {{hotline.web}}', ''));
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-k', 'en-US', '-a', 'parents', '-o', 'guide,handout,flyer']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const handout = flat(pdfText(`${root}/dist/en-US/parents/handout-letter.pdf`));
    expect(handout).not.toContain('humantraffickinghotline.org');
    expect(handout).toContain('1-888-373-7888');
    expect(qrCodes(`${root}/dist/en-US/parents/handout-letter.pdf`, 1)).toEqual([]);
    expect(flat(readFileSync(`${root}/dist/en-US/parents/facilitator-guide.md`, 'utf8'))).toContain('Check these numbers at ACF/OTIP (2013); ovc.ojp.gov victims-survivors page before printing.');
  });

  it('refuses a verified date without what it was checked against', async () => {
    const root = copyFixture('minimal');
    editYaml(`${root}/content/regions/US.yaml`, (d) => { d.emergency.verified = '2026-12-02'; });
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'slides']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('content/regions/US.yaml');
    expect(run.err).toContain('emergency.verified');
  });
});
