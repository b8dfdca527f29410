// The kit pages as people use them, in the system's Chromium: the kit list and the pages of a kit of each script
// (Latin, Spanish, Arabic, Chinese), served on localhost and opened from the folder (file://). Nothing leaves the
// page's origin, nothing logs an error, every link resolves, axe-core finds no WCAG 2.1 A/AA violation at phone
// and desktop widths, Tab reaches every link, and each page is in its kit's language (Arabic right to left) and
// shows the hotline exactly as region data has it.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { findBrowser } from '../scripts/lib/tools/browser.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadContent } from '../scripts/load/load.js';
import { resolveKit } from '../scripts/load/kit.js';
import { crisisNumbers } from '../scripts/load/regions.js';
import { checkArtifact } from '../scripts/verify/verify.js';
import { PROJECT, sharedDist } from './helpers.js';
import { siteLabels, type Manifest } from '../scripts/outputs/site/index.js';
import { firstPageJpeg } from '../scripts/lib/tools/pdf-picture.js';
import { unzipSync } from 'fflate';

const KITS = { 'en-US': ['en', 'ltr'], 'es-US': ['es', 'ltr'], 'ar-US': ['ar', 'rtl'], 'zh-Hans-US': ['zh-Hans', 'ltr'] } as const;
const PAGES = ['index.html', ...Object.keys(KITS).map((kit) => `${kit}/index.html`)];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browserPath = findBrowser();

interface Opened { page: Page; requests: string[]; errors: string[] }

async function open(browser: Browser, url: string, width: number): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** WCAG 2.1 A and AA violations axe-core finds on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate<Array<{ id: string; nodes: Array<{ target: string[] }> }>>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const content = loadContent(fsReader(PROJECT));

/** The kit's own language (Arabic right to left), and the hotline exactly as region data has it. */
async function inItsLanguage(page: Page, tag: string): Promise<void> {
  const kit = resolveKit(tag, content);
  const [language, dir] = KITS[tag as keyof typeof KITS];
  expect(await page.getAttribute('html', 'lang')).toBe(kit.lang);
  expect(kit.lang.startsWith(language)).toBe(true);
  expect(await page.getAttribute('html', 'dir')).toBe(dir);
  const text = await page.innerText('body');
  expect(text).toContain(kit.region.hotline.call.number);
  expect(checkArtifact(text, kit, [], crisisNumbers(content.regions.values()))).toEqual([]);
}

const hrefs = (page: Page) => page.evaluate<string[]>(`[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))`);

const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];

describe('handout previews and large print on the kit pages', () => {
  const manifest = () => JSON.parse(readFileSync(join(sharedDist(), 'manifest.json'), 'utf8')) as Manifest;

  it('every audience of every kit has a picture of its handout\'s first page, listed as a preview and made again with the same bytes', async () => {
    const previews = manifest().artifacts.filter((a) => a.path.endsWith('/preview-handout.jpg'));
    expect(previews.length).toBe(11 * AUDIENCES.length);
    expect(new Set(previews.map((a) => a.output))).toEqual(new Set(['preview']));
    const picture = readFileSync(join(sharedDist(), 'es-US/parents/preview-handout.jpg'));
    expect([...picture.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]); // a JPEG
    expect(picture.readUInt16BE(picture.indexOf(Buffer.from([0xff, 0xc0])) + 7)).toBe(320); // its width (SOF0)
    // same inputs, same bytes: drawn again from the handout it shows (the first paper size, Letter)
    const again = await firstPageJpeg(new Uint8Array(readFileSync(join(sharedDist(), 'es-US/parents/handout-letter.pdf'))), { width: 320, quality: 75 });
    expect(Buffer.from(again).equals(picture)).toBe(true);
  });

  it('each page shows it with alt text in the kit\'s language, and links the large-print handout and cards, which the zip holds', () => {
    const labels = siteLabels(content);
    for (const kit of ['en-US', 'es-US', 'ar-US']) {
      const page = readFileSync(join(sharedDist(), kit, 'index.html'), 'utf8');
      const ui = labels.pages[kit]!.ui;
      expect(ui.previewHandout).not.toBe(kit === 'en-US' ? '' : labels.pages['en-US']!.ui.previewHandout);
      for (const audience of AUDIENCES) expect(page).toContain(`<img src="${audience}/preview-handout.jpg" alt="${ui.previewHandout}"`);
      expect(page.match(new RegExp(`<span class="tag">${ui.largePrint}</span>`, 'g'))?.length).toBe(AUDIENCES.length + 1); // each handout, and the cards
      for (const paper of ['letter', 'a4']) {
        expect(page).toContain(`href="youth/handout-large-${paper}.pdf"`);
        expect(page).toContain(`href="wallet-cards-large-${paper}.pdf"`);
      }
      const zip = Object.keys(unzipSync(readFileSync(join(sharedDist(), kit, `${kit}-youth.zip`))));
      expect(zip).toEqual(expect.arrayContaining([`${kit}-youth/handout-large-letter.pdf`, `${kit}-youth/wallet-cards-large-a4.pdf`]));
      expect(zip.filter((name) => name.endsWith('.jpg'))).toEqual([]);
    }
  });
});

describe.skipIf(!browserPath)('kit pages in a browser', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  let dist = '';
  beforeAll(async () => {
    dist = sharedDist();
    const serve = sirv(dist, { dev: true });
    server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const path of PAGES) {
    it(`${path} from npm run serve: local only, no console error, links resolve, no WCAG 2.1 A/AA violation at 375 and 1280 px, Tab reaches every link${path === 'index.html' ? '' : '; in its language, with the hotline'}`, async () => {
      const { page, requests, errors } = await open(browser, `${origin}/${path}`, 375);
      try {
        expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
        expect(errors).toEqual([]);
        const links = await hrefs(page);
        expect(links.length).toBeGreaterThan(2);
        const ids = new Set(await page.evaluate<string[]>(`[...document.querySelectorAll('[id]')].map((e) => e.id)`));
        await Promise.all(links.filter((href) => !href.startsWith('tel:')).map(async (href) => {
          if (href.startsWith('#')) return expect(ids.has(href.slice(1)), href).toBe(true);
          const url = new URL(href, `${origin}/${path}`);
          expect(url.origin, href).toBe(origin);
          const res = await fetch(url, { method: url.hash ? 'GET' : 'HEAD' });
          expect(res.status, href).toBe(200);
          if (url.hash) expect(await res.text(), href).toContain(`id="${url.hash.slice(1)}"`);
        }));
        expect(await violations(page)).toEqual([]);
        await page.setViewportSize({ width: 1280, height: 800 });
        expect(await violations(page)).toEqual([]);
        // keyboard: Tab through the page once; every link takes the focus
        await page.evaluate(`window.reached = []; document.addEventListener('focusin', (e) => window.reached.push(e.target.getAttribute('href')))`);
        for (let i = 0; i < links.length + 2; i++) await page.keyboard.press('Tab');
        const reached = new Set(await page.evaluate<string[]>('window.reached'));
        expect(links.filter((href) => !reached.has(href))).toEqual([]);
        if (path !== 'index.html') await inItsLanguage(page, path.split('/')[0]!);
      } finally {
        await page.close();
      }
    });
  }

  it('the handout pictures load (each audience of the Arabic page, from the server)', async () => {
    const { page, errors } = await open(browser, `${origin}/ar-US/index.html`, 1280);
    try {
      await page.setViewportSize({ width: 1280, height: 8000 }); // every lazy picture in view
      await page.waitForFunction(`[...document.images].every((img) => img.complete)`);
      const sizes = await page.evaluate<Array<{ src: string; width: number }>>(`[...document.images].map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }))`);
      expect(sizes.filter((img) => img.src.endsWith('preview-handout.jpg'))).toEqual(AUDIENCES.map((a) => ({ src: `${a}/preview-handout.jpg`, width: 320 })));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('from the folder (file://): nothing else is requested, no console error, every link names a file that exists', async () => {
    for (const path of PAGES) {
      const url = `file://${join(dist, path)}`;
      const { page, requests, errors } = await open(browser, url, 375);
      try {
        expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
        expect(errors).toEqual([]);
        for (const href of await hrefs(page)) {
          if (href.startsWith('tel:') || href.startsWith('#')) continue;
          const file = fileURLToPath(new URL(href, url));
          expect(existsSync(file), `${path}: ${href}`).toBe(true);
        }
      } finally {
        await page.close();
      }
    }
    expect(existsSync(join(dirname(join(dist, PAGES[1]!)), 'en-US-youth.zip'))).toBe(true);
  });
});
