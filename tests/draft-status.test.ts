// Draft translations say so on every artifact, in their own language; English and reviewed kits say nothing.
// Also: a statistic's source line goes where the number is shown (on the slide, or with the speaker notes).
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '@slidev/parser';
import { PROJECT, copyOfShared, pdfText, runCli, sharedDeck, tempDir } from './helpers.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadContent } from '../scripts/load/load.js';
import { resolveKit } from '../scripts/load/kit.js';
import { createTranslator } from '../scripts/load/translator.js';
import { buildSession } from '../scripts/outputs/session.js';
import { renderSlides } from '../scripts/outputs/slides/render.js';
import { loadTemplate } from '../scripts/outputs/templates.js';
import { kitInfo, type Manifest } from '../scripts/outputs/site/index.js';
import { findBrowser } from '../scripts/lib/tools/browser.js';

const common = (tag: string) => JSON.parse(readFileSync(`${PROJECT}/locales/${tag}/common.json`, 'utf8'));
const DRAFT_ES = common('es').status.draft as string; // "Borrador de traducción, sin revisar"
const DRAFT_EN = common('en').status.draft as string;
const text = (file: string) => pdfText(file).replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
let out = '';

beforeAll(async () => {
  out = copyOfShared(); // every kit built once for the test run; this file builds more into its copy
});

const slides = async (kit: string, audience: string) => {
  const file = `${out}/${kit}/${audience}/slides.md`;
  return parse(readFileSync(file, 'utf8'), file);
};

describe('a draft translation (es-US) is marked on every artifact', () => {
  it('deck: a notice on the cover and a footer on every other slide, escaped on one v-pre line', async () => {
    const deck = await slides('es-US', 'youth');
    expect(deck.slides.length).toBeGreaterThan(20);
    deck.slides.forEach((slide, i) => {
      const kind = i === 0 ? 'draft-cover' : 'draft-mark';
      expect(slide.content, `slide ${i + 1}`).toContain(`<p class="${kind}" dir="ltr" v-pre>${DRAFT_ES}</p>`);
      expect(count(slide.content, DRAFT_ES), `slide ${i + 1}`).toBe(1);
    });
  });

  it('wallet cards: every card on the sheet; flyer: once', () => {
    for (const paper of ['letter', 'a4']) {
      expect(count(text(`${out}/es-US/wallet-cards-${paper}.pdf`), DRAFT_ES)).toBe(10);
      expect(text(`${out}/es-US/flyer-${paper}.pdf`)).toContain(DRAFT_ES);
    }
  });

  it('large print: the note still fits on every card and on the flyer (French: the longest)', async () => {
    const dir = tempDir('draft-large-');
    writeFileSync(`${dir}/kit.config.yaml`, 'largePrint: true\n');
    const run = await runCli(['-k', 'fr-US', '--config', `${dir}/kit.config.yaml`, '--out', `${dir}/dist`, '-o', 'wallet-large,flyer']);
    expect(run.err).toBe('');
    const note = common('fr').status.draft as string;
    for (const paper of ['letter', 'a4']) {
      expect(count(text(`${dir}/dist/fr-US/wallet-cards-large-${paper}.pdf`), note)).toBe(10);
      expect(text(`${dir}/dist/fr-US/flyer-${paper}.pdf`)).toContain(note);
    }
  });

  it('handout and guide keep their footer note', () => {
    expect(text(`${out}/es-US/youth/handout-letter.pdf`)).toContain(DRAFT_ES);
    expect(text(`${out}/es-US/parents/facilitator-guide-a4.pdf`)).toContain(DRAFT_ES);
  });

  it('kit pages: the notice in Spanish on the Spanish page and in its entry of the kit list, none for English', () => {
    const index = readFileSync(`${out}/index.html`, 'utf8');
    const entry = (kit: string) => index.slice(index.indexOf(`id="${kit}"`)).split('</ul>\n</li>')[0] ?? '';
    expect(entry('es-US')).toContain(`<span class="tag">${DRAFT_ES}</span>`);
    expect(entry('en-US')).not.toContain('class="tag"');
    expect(readFileSync(`${out}/es-US/index.html`, 'utf8')).toContain(`${DRAFT_ES}</p>`);
    expect(readFileSync(`${out}/en-US/index.html`, 'utf8')).not.toMatch(new RegExp(`${DRAFT_EN}|Borrador`, 'i'));
  });

  it('manifest: every file says draft, and still does after rebuilding only the English kit', async () => {
    const statuses = () => {
      const manifest = JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8')) as Manifest;
      return Object.fromEntries(['es-US', 'en-US'].map((kit) => [kit, [...new Set(manifest.artifacts.filter((a) => a.kit === kit).map((a) => a.status))]]));
    };
    expect(statuses()).toEqual({ 'es-US': ['draft'], 'en-US': ['source'] });
    const run = await runCli(['-k', 'en-US', '-a', 'youth', '--out', out, '-o', 'wallet']);
    expect(run.code).toBe(0);
    expect(statuses()).toEqual({ 'es-US': ['draft'], 'en-US': ['source'] });
  });
});

// The Spanish parents deck, built with Slidev once for the test run (tests/setup/shared-build.ts), shown in Chromium.
describe.skipIf(!findBrowser())('the draft footer in the built deck, in a browser', () => {
  it('is on screen, smaller than the text, and clear of the source line', async () => {
    const decks = sharedDeck();
    const [{ chromium }, { createServer }, { default: sirv }] = await Promise.all([import('playwright-core'), import('node:http'), import('sirv')]);
    const serve = sirv(decks, { dev: true });
    const server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport: { width: 980, height: 552 } });
      const sourceSlide = (await slides('es-US', 'parents')).slides.findIndex((s) => s.content.includes('class="source"')) + 1;
      expect(sourceSlide).toBeGreaterThan(1);
      const measure = async (n: number) => {
        await page.goto(`http://127.0.0.1:${port}/es-US/parents/deck/index.html#/${n}`);
        // the slide shown, with its mark: a hash change swaps slides, and for a moment none is laid out
        await page.waitForFunction(() => [...(globalThis as any).document.querySelectorAll('.slidev-layout')]
          .some((l: any) => l.getBoundingClientRect().width > 0 && l.querySelector('.draft-mark, .draft-cover')));
        return page.evaluate(() => {
          const win = globalThis as any; // runs in the page (this project's types have no DOM)
          const layout = [...win.document.querySelectorAll('.slidev-layout')].find((l: any) => l.getBoundingClientRect().width > 0);
          const box = (sel: string) => {
            const el = layout.querySelector(sel);
            return el ? { ...el.getBoundingClientRect().toJSON(), text: el.textContent as string, size: parseFloat(win.getComputedStyle(el).fontSize) } : undefined;
          };
          return { slide: layout.getBoundingClientRect().toJSON() as { bottom: number; right: number }, mark: box('.draft-mark') ?? box('.draft-cover'), source: box('.source'), title: box('h1') };
        });
      };
      const cover = await measure(1);
      expect(cover.mark?.text).toBe(DRAFT_ES);
      const inner = await measure(sourceSlide);
      const { mark, source, slide, title } = inner;
      expect(mark?.text).toBe(DRAFT_ES);
      expect(mark!.width).toBeGreaterThan(0);
      expect(mark!.bottom).toBeLessThanOrEqual(slide.bottom); // inside the slide
      expect(mark!.right).toBeLessThanOrEqual(slide.right);
      expect(mark!.size).toBeLessThan(title!.size / 2); // discreet
      expect(mark!.top).toBeGreaterThanOrEqual(source!.bottom); // below the source line, never over it
    } finally {
      await browser.close();
      server.close();
    }
  }, 180_000);
});

describe('the English source kit (en-US) carries no draft mark', () => {
  it('not in the deck, cards, flyer or handout', async () => {
    const source = readFileSync(`${out}/en-US/youth/slides.md`, 'utf8');
    expect(source).not.toMatch(/draft-(mark|cover)/);
    for (const file of ['youth/slides.md', 'parents/facilitator-guide.md']) expect(readFileSync(`${out}/en-US/${file}`, 'utf8')).not.toContain(DRAFT_EN);
    for (const file of ['wallet-cards-letter.pdf', 'flyer-a4.pdf', 'youth/handout-letter.pdf']) expect(text(`${out}/en-US/${file}`)).not.toMatch(/draft/i);
  });
});

describe('a reviewed translation carries no draft mark', () => {
  it('Spanish marked reviewed: no notice in the deck or on the kit page', async () => {
    const content = loadContent(fsReader(PROJECT));
    content.locales.get('es')!.meta.status = 'reviewed';
    const kit = resolveKit('es-US', content);
    const session = buildSession(content, kit, content.audiences.get('youth')!, createTranslator(kit, content));
    expect(session.draftMark).toBeUndefined();
    expect(renderSlides(session, loadTemplate(fsReader(PROJECT), 'slides.md.hbs'))).not.toContain(DRAFT_ES);
    expect(kitInfo(kit, content)).toMatchObject({ status: 'reviewed', mark: undefined });
  });
});

describe('the draft notice is translator text: data, never code', () => {
  it('stays inert in the deck: HTML-escaped, one line, inside v-pre', async () => {
    const content = loadContent(fsReader(PROJECT));
    (content.locales.get('es')!.namespaces.common as any).status.draft = 'Borrador <img src=x onerror=alert(1)> {{ 7*7 }}\n---\nlayout: end';
    const kit = resolveKit('es-US', content);
    const session = buildSession(content, kit, content.audiences.get('youth')!, createTranslator(kit, content));
    const source = renderSlides(session, loadTemplate(fsReader(PROJECT), 'slides.md.hbs'));
    const deck = await parse(source, 'slides.md');
    expect(deck.slides).toHaveLength((await slides('es-US', 'youth')).slides.length);
    expect(source).not.toContain('<img');
    expect(source).not.toMatch(/^layout: end/m);
    // the cover's notice on its own line; every other slide's mark at the end of its footer line, inside its v-pre
    for (const line of source.split('\n').filter((l) => l.includes('7*7'))) expect(line).toMatch(/^(<footer class="kit-footer" dir="ltr" v-pre>.*)?<p class="draft-(mark|cover)" dir="ltr" v-pre>Borrador &lt;img/);
  });
});

describe('a source line goes where the number is shown', () => {
  const SOURCE = 'Source: ILO, Walk Free and IOM, Global Estimates of Modern Slavery (2022)';

  it('"What the law says": no source on the slide (only its notes cite a number); the notes keep it', async () => {
    const deck = await slides('en-US', 'parents');
    const slide = deck.slides.find((s) => s.frontmatter.title === 'What the law says');
    expect(slide?.content).toBeDefined();
    expect(slide?.content).not.toContain('class="source"');
    expect(slide?.content).not.toContain('Source:');
    expect(slide?.note).toContain(SOURCE);
  });

  it('a slide that shows a number shows its source', async () => {
    const deck = await slides('en-US', 'parents');
    const shown = deck.slides.filter((s) => s.content.includes('class="source"'));
    expect(shown.length).toBeGreaterThan(0);
    for (const slide of shown) expect(slide.content).toMatch(/<p class="source" dir="ltr" v-pre>Source: .+\(\d{4}\)/);
  });

  it('the guide script puts each source with what cites it: the screen quote or the notes', () => {
    const guide = readFileSync(`${out}/en-US/parents/facilitator-guide.md`, 'utf8');
    const slide = guide.split(/^#### /m).find((s) => s.startsWith('5. What the law says') || /^\d+\. What the law says/.test(s)) ?? '';
    expect(slide).toContain(`- *${SOURCE}*`);
    expect(slide).not.toMatch(/^> .*Source:/m);
    expect(guide).toMatch(/^> \*Source: .+\*$/m); // some slide shows a number, and its quote carries the source
  });
});
