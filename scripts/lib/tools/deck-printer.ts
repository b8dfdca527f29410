// Deck PDFs printed from the *built* deck sites with one browser for all of them (Playwright, the system's
// Chromium), instead of `slidev export`, which starts a Vite dev server for every deck. Each site is served on
// localhost under its own base and its /print route (in the built site, see produce/decks.ts) printed to a tagged
// PDF; the dates are fixed afterwards so the same inputs give the same bytes, and Chromium's bookmarks (one per
// heading) replaced by the deck's own (one per module). While the page is open, each slide is also taken as a small
// JPEG picture (the facilitator guide and the notes PDF show them).
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { PDFDocument } from 'pdf-lib';
import { KitError } from '../errors.js';
import { buildDate } from '../pdf/draw/builder.js';
import { replaceOutline, type Bookmark } from './pdf-outline.js';

/** Slidev's default canvas: 980 px wide, 16:9 (a taller page leaves a blank one at the end). */
const SLIDE = { width: 980, height: 551 }; // as slidev export: round(980 / (16 / 9))

/** Flags for a headless Chromium on a machine with no network (see ../../../README.md, deck PDFs). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A built deck site to print, and what its PDF says about itself: title, language, bookmarks. */
export interface DeckSite { dir: string; base: string; title: string; lang: string; bookmarks: Bookmark[] }

/**
 * Slide pictures: 353 x 198 px (0.36 of the slide), JPEG quality 35, about 6 KB each (at 0.6 and quality 70 they were
 * 15-30 KB, and a guide with 25-39 of them 0.6-0.8 MB). The guide prints them 240 pt wide, at about 106 dpi: titles
 * and bullets stay legible on paper (compared at 150 dpi with 0.31-0.51 and qualities 30-70, colour and grey);
 * grey at quality 40 was no smaller than colour at 30.
 */
const PICTURE = { scale: 0.36, quality: 35 };

export interface PrintedDeck {
  pdf: Uint8Array;
  /** One JPEG per slide, in order. */
  pictures: Uint8Array[];
}

export interface DeckPrinter {
  print(site: DeckSite): Promise<PrintedDeck>;
  close(): Promise<void>;
}

export async function openDeckPrinter(executablePath: string): Promise<DeckPrinter> {
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (cause) {
    throw new KitError({ code: 'tool', file: executablePath, message: `the browser could not be started for deck PDFs: ${(cause as Error).message.split('\n')[0]}`, hint: 'check the browser with --browser or CHROME_PATH (Debian/Ubuntu: apt-get install -y chromium)', cause });
  }
  return {
    async print(site) {
      const server = await serve(site.dir, site.base);
      try {
        const page = await browser.newPage({ viewport: SLIDE });
        const url = `http://127.0.0.1:${(server.address() as { port: number }).port}${site.base}?print=true#print`;
        await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
        await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
        await page.locator('.print-slide-container').first().waitFor({ timeout: 60_000 });
        // every slide must have finished loading: slidev export waits the same way, or pages print "Loading slide..."
        await page.waitForFunction(() => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('.slidev-slide-loading'), undefined, { timeout: 60_000 });
        await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
        const pdf = await page.pdf({ ...SLIDE, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        const pictures = await slidePictures(page);
        await page.close();
        return { pdf: await finishPdf(pdf, site), pictures };
      } catch (cause) {
        if (cause instanceof KitError) throw cause;
        throw new KitError({ code: 'tool', file: `${site.dir}/index.html`, message: `printing the deck in the browser failed: ${(cause as Error).message.split('\n')[0]}`, hint: 'build again; if it repeats, check the deck site opens with npm run serve', cause });
      } finally {
        server.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Each slide of the print view as a JPEG, scaled down by the browser itself (no image library): scroll it into the
 * viewport, capture its box. Chrome's own capture at a scale, which is about 3x faster than Playwright's element
 * screenshot at full size here, and gives the same bytes each time.
 */
async function slidePictures(page: Page): Promise<Uint8Array[]> {
  const boxes = await page.locator('.print-slide-container').evaluateAll((slides) => slides.map((slide) => {
    const box = slide.getBoundingClientRect();
    const { scrollX, scrollY } = globalThis as unknown as Window;
    return { x: box.x + scrollX, y: box.y + scrollY };
  }));
  const cdp = await page.context().newCDPSession(page);
  const pictures: Uint8Array[] = [];
  for (const { x, y } of boxes) {
    await page.evaluate((top) => (globalThis as unknown as Window).scrollTo(0, top), y);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'jpeg', quality: PICTURE.quality, clip: { x, y, ...SLIDE, scale: PICTURE.scale } });
    pictures.push(Buffer.from(shot.data, 'base64'));
  }
  await cdp.detach();
  return pictures;
}

/** What the page scripts above use of the browser's window (this project compiles without the DOM's types). */
interface Window { scrollX: number; scrollY: number; scrollTo(x: number, y: number): void }

/** The built site under its base path, on a free localhost port. */
async function serve(dir: string, base: string): Promise<Server> {
  const files = sirv(dir, { single: true, dev: true });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) { res.statusCode = 404; res.end(); return; }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => { res.statusCode = 404; res.end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The deck's own title (Chromium adds " - Slidev"), language, bookmarks and fixed dates, as every other PDF of the kit has. */
async function finishPdf(pdf: Uint8Array, site: DeckSite): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(site.title, { showInWindowTitleBar: true });
  doc.setLanguage(site.lang);
  replaceOutline(doc, site.bookmarks);
  doc.setCreationDate(buildDate());
  doc.setModificationDate(buildDate());
  doc.setProducer('workshop-kit');
  doc.setCreator('workshop-kit (Chromium)');
  return doc.save();
}
