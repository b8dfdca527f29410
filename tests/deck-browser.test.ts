// Decks work offline, in every script: a built deck of each (Latin, Vietnamese, Arabic, Chinese), served on
// localhost and opened in the system's Chromium, asks nothing of any other host and logs no errors while a
// presenter steps through slides and opens the presenter view; and the Chinese deck draws its text with the Noto
// Sans SC subset it carries, which is what it has on this machine: it has no Chinese fonts (fc-list :lang=zh).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { findBrowser } from '../scripts/lib/tools/browser.js';
import { sharedDeck } from './helpers.js';

const sharedScriptDecks = (): string => inject('sharedScriptDecks');

const DECKS = [
  { script: 'Latin', out: sharedDeck, deck: 'es-US/parents/deck/' },
  { script: 'Vietnamese', out: sharedScriptDecks, deck: 'vi-US/youth/deck/' },
  { script: 'Arabic', out: sharedScriptDecks, deck: 'ar-US/youth/deck/' },
  { script: 'Chinese', out: sharedScriptDecks, deck: 'zh-Hans-US/youth/deck/' },
];

/** As the deck printer launches it (lib/tools/deck-printer.ts): headless, and quiet on a machine with no network. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browserPath = findBrowser();

describe.skipIf(!browserPath)('decks in a browser', () => {
  let browser: Browser;
  const visits = new Map<string, Promise<Visit>>(); // each deck opened once, for every test that looks at it
  const visit = ({ out, deck }: (typeof DECKS)[number]) => visits.get(deck) ?? visits.set(deck, openDeck(browser, out(), deck)).get(deck)!;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await Promise.all([...visits.values()].map(async (v) => (await v).close()));
    await browser?.close();
  });

  for (const deck of DECKS) {
    it(`the ${deck.script} deck makes no request beyond localhost and logs no error`, async () => {
      const { url, urls, errors } = await visit(deck);
      expect(urls).toContain(url); // the recording works
      expect(urls.filter((u) => !isLocal(u))).toEqual([]);
      expect(errors).toEqual([]); // any console error fails, Slidev's own included
    });
  }

  it('the Chinese deck draws its text with the Noto Sans SC subset it carries, regular and bold', async () => {
    const { page, urls } = await visit(DECKS.find((d) => d.script === 'Chinese')!);
    // in the page (strings: this project compiles without the DOM's types)
    const faces = await page.evaluate<string[]>(`[...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC').map((f) => f.weight + ' ' + f.status)`);
    // a face loads only when text on the page needs it: the slides (regular) and the notes' labels (bold)
    expect(faces.sort()).toEqual(['400 loaded', '700 loaded']);
    expect(await page.evaluate<boolean>(`document.fonts.check('16px "Noto Sans SC"', '什么是性贩运')`)).toBe(true);
    expect(urls.filter((u) => /noto-sans-sc-(400|700)-[\w-]+\.woff2$/.test(u))).toHaveLength(2);
  });
});

interface Visit {
  page: Page;
  /** The deck's address. */
  url: string;
  /** Every URL the page asked for (requests and web sockets). */
  urls: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

/** Serves `out` on localhost, opens the deck, steps through four slides, then opens the presenter view on the fifth. */
async function openDeck(browser: Browser, out: string, deck: string): Promise<Visit> {
  const server = await serveFolder(out);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const urls: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('weberror', (error) => errors.push(error.error().message));
  const page = await context.newPage();
  page.on('websocket', (socket) => urls.push(socket.url()));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/${deck}`;
  await page.goto(`${url}#/1`, { waitUntil: 'networkidle' });
  await page.locator('.slidev-layout').first().waitFor(); // the app is up and listens for keys
  for (let slide = 2; slide <= 5; slide++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(`${url}#/${slide}`);
  }
  await page.goto(`${url}#/presenter/5`, { waitUntil: 'networkidle' });
  await page.locator('.slidev-note').first().waitFor();
  await page.evaluate('document.fonts.ready');
  return { page, url, urls, errors, close: async () => { await context.close(); server.close(); } };
}

/** A folder of built kits on a free localhost port: each deck under its own base path, as `npm run serve`. */
async function serveFolder(dir: string): Promise<Server> {
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Local, or no host at all (data: and blob: URLs the page makes itself). */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost';
}
