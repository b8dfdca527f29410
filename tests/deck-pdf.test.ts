// The deck's printed outputs, read from the test run's one real deck build (es-US parents, tests/setup/shared-build.ts):
// the deck PDF's bookmarks and language, the slide pictures in the facilitator guide, and the notes PDF.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { FIXTURES, PROJECT, pdfPages, pdfText, runCli, sharedDeck, sharedDist, sharedReport, tempDir } from './helpers.js';
import { findBrowser } from '../scripts/lib/tools/browser.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadContent } from '../scripts/load/load.js';
import { resolveKit } from '../scripts/load/kit.js';
import { createTranslator } from '../scripts/load/translator.js';
import { buildSession, type Session } from '../scripts/outputs/session.js';

let folder = '';
let session: Session;

beforeAll(() => {
  folder = `${sharedDeck()}/es-US/parents`;
  const content = loadContent(fsReader(PROJECT));
  const kit = resolveKit('es-US', content);
  session = buildSession(content, kit, content.audiences.get('parents')!, createTranslator(kit, content));
});

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const pageText = (file: string, page: number) => oneLine(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));

describe.skipIf(!findBrowser())('the deck PDF', () => {
  it('has one bookmark per module, in Spanish, at the module\'s first slide, and /Lang es', () => {
    const file = `${folder}/deck.pdf`;
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' }));
    const outline = (json.outlines as Array<{ title: string; destpageposfrom1: number; kids: unknown[] }>);
    expect(outline.map((o) => o.title)).toEqual(session.modules.map((m) => m.title));
    expect(outline.map((o) => o.title)).toContain('Mitos y realidades');
    expect(outline.every((o) => o.kids.length === 0)).toBe(true);
    let first = 1;
    session.modules.forEach((module, i) => {
      expect(outline[i]!.destpageposfrom1, module.title).toBe(first);
      expect(pageText(file, first)).toContain(oneLine(module.slides[0]!.title));
      first += module.slides.length;
    });
    const catalog = execFileSync('qpdf', ['--show-object=trailer', '--filtered-stream-data', file], { encoding: 'utf8' });
    const root = /\/Root (\d+ \d+) R/.exec(catalog)![1]!.replace(' ', ',');
    expect(execFileSync('qpdf', [`--show-object=${root}`, file], { encoding: 'utf8' })).toMatch(/\/Lang \(es\)/);
  });
});

describe.skipIf(!findBrowser())('the kit page', () => {
  it('shows the deck cover, taken in the deck PDF\'s browser pass and listed in the manifest as a preview', () => {
    const manifest = JSON.parse(readFileSync(`${sharedDeck()}/manifest.json`, 'utf8')) as { artifacts: Array<{ path: string; output?: string }> };
    expect(manifest.artifacts.find((a) => a.path === 'es-US/parents/preview-deck.jpg')?.output).toBe('preview');
    expect(readFileSync(`${folder}/preview-deck.jpg`).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // a JPEG
    expect(readFileSync(`${sharedDeck()}/es-US/index.html`, 'utf8')).toContain('src="parents/preview-deck.jpg"');
  });
});

const imagesIn = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((line) => / image /.test(line));

describe.skipIf(!findBrowser())('the facilitator guide built with the deck PDF', () => {
  it('shows every slide as a picture beside its script, and stays under 450 KB (about 6 KB a picture)', () => {
    const slides = session.modules.flatMap((m) => m.slides);
    for (const paper of ['letter', 'a4']) {
      const file = `${folder}/facilitator-guide-${paper}.pdf`;
      const images = imagesIn(file);
      expect(images).toHaveLength(slides.length);
      expect(images.every((line) => / jpeg /.test(line))).toBe(true);
      expect(statSync(file).size).toBeLessThan(450 * 1024); // 34 pictures; was 0.6-0.8 MB with 20 KB pictures
      // the script is still text: every slide's title and what the facilitator says
      const text = oneLine(pdfText(file));
      for (const slide of slides) {
        expect(text).toContain(oneLine(slide.title));
        expect(text).toContain(oneLine(slide.notes.say).slice(0, 80));
      }
    }
  });
});

describe('the facilitator guide built without the deck PDF', () => {
  it('is text only, and the report says so once', () => {
    expect(imagesIn(`${sharedDist()}/es-US/parents/facilitator-guide-letter.pdf`)).toHaveLength(0);
    expect(sharedReport().match(/guide PDFs are text only, without slide pictures/g)).toHaveLength(1);
  });
});

describe.skipIf(!findBrowser())('the notes PDF', () => {
  it('has each slide\'s picture with its speaker notes, two slides a page, tagged, the hotline on every page', () => {
    const slides = session.modules.flatMap((m) => m.slides);
    for (const paper of ['letter', 'a4']) {
      const file = `${folder}/deck-notes-${paper}.pdf`;
      expect(pdfPages(file)).toBe(Math.ceil(slides.length / 2));
      expect(imagesIn(file)).toHaveLength(slides.length);
      const text = oneLine(pdfText(file));
      for (const slide of slides) expect(text).toContain(oneLine(slide.notes.say).slice(0, 80));
      expect(pageText(file, pdfPages(file))).toContain('1-888-373-7888');
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
      execFileSync('qpdf', ['--check', file]); // throws on a damaged file
    }
  });

  it('brings the deck PDF (and so the browser) into a build that asks for it', async () => {
    const run = await runCli(['--content', `${FIXTURES}/minimal`, '--out', tempDir(), '-a', 'youth', '-o', 'deck-notes', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/deck-pdf .*youth\/deck\.pdf/);
    expect(run.out).toContain('youth/deck-notes-letter.pdf');
  });
});
