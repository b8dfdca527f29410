// The real CLI on the real content: the default kit, every audience. One deck is built with Slidev
// (about 10 s); the other decks are the same code path with other slides.md, so the test builds one.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfShared, pdfPages, pdfText, runCli, tempDir } from './helpers.js';

const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];
let out = '';

beforeAll(async () => {
  out = copyOfShared(); // every kit built once for the test run (npm run build -- --all, no decks)
  const deck = await runCli(['--out', out, '-a', 'youth', '-o', 'deck,deck-pdf']);
  expect(deck.err).toBe('');
  expect(deck.code).toBe(0);
}, 300_000);

describe('npm run build on the real content', () => {
  it('makes slides, a guide and two handouts for each of the four audiences', () => {
    for (const audience of AUDIENCES) {
      const files = readdirSync(`${out}/en-US/${audience}`);
      expect(files).toEqual(expect.arrayContaining(['slides.md', 'facilitator-guide.md', 'facilitator-guide-letter.pdf', 'handout-letter.pdf', 'handout-a4.pdf']));
      const handout = pdfText(`${out}/en-US/${audience}/handout-letter.pdf`);
      expect(handout).toContain('1-888-373-7888');
      expect(handout).toContain('233733');
    }
  });

  it('builds the youth deck as a static site under its own base, with no network fonts', () => {
    const html = readFileSync(`${out}/en-US/youth/deck/index.html`, 'utf8');
    expect(html).toContain('/en-US/youth/deck/assets/');
    expect(html).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr/);
    // the fonts travel with the deck, so it looks the same on any presenting computer
    expect(readdirSync(`${out}/en-US/youth/deck/assets`).filter((f) => /^noto-sans-latin-(400|700)-normal-.*\.woff2$/.test(f))).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8'));
    const deck = manifest.artifacts.find((a: { path: string }) => a.path === 'en-US/youth/deck');
    expect(deck?.inputHash).toMatch(/^[0-9a-f]{64}$/);
    // the first build's files are still there after the second, deck-only build
    expect(existsSync(`${out}/en-US/faith/handout-a4.pdf`)).toBe(true);
  });

  it('exports the youth deck to PDF with Chromium: one page per slide, the hotline on the help slide', async () => {
    const slides = readFileSync(`${out}/en-US/youth/slides.md`, 'utf8').split(/^---\nlayout:/m).length;
    expect(pdfPages(`${out}/en-US/youth/deck.pdf`)).toBe(slides);
    expect(pdfText(`${out}/en-US/youth/deck.pdf`)).toContain('1-888-373-7888');
  });

  it('reuses an unchanged deck instead of rebuilding it', async () => {
    const run = await runCli(['--out', out, '-a', 'youth', '-o', 'deck']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('en-US/youth/deck: unchanged, reused');
  });

  it('--list names the four audiences and the US region', async () => {
    const run = await runCli(['--list']);
    expect(run.out).toMatch(/youth \(45 min\).*parents \(60 min\).*healthcare \(60 min\).*faith \(75 min\)/s);
    expect(run.out).toContain('US (United States)');
  });
});

describe('the real curriculum', () => {
  it('every English handout reads at or below its audience reading grade (youth: grade 7)', async () => {
    const { fsReader } = await import('../scripts/lib/reader.js');
    const { loadContent } = await import('../scripts/load/load.js');
    const { handoutReadingLevels } = await import('../scripts/outputs/handout/reading-level.js');
    const levels = handoutReadingLevels(loadContent(fsReader(process.cwd())));
    expect(levels.map((l) => l.audience)).toEqual(['youth', 'parents', 'healthcare', 'faith']);
    for (const level of levels) expect(level.grade, level.audience).toBeLessThanOrEqual(level.target);
    expect(levels[0]?.target).toBe(7);
  });

  it('every session has a content warning and a disclosure plan', () => {
    for (const audience of AUDIENCES) {
      const slides = readFileSync(`${out}/en-US/${audience}/slides.md`, 'utf8');
      expect(slides).toMatch(/content warning/i);
      const guide = readFileSync(`${out}/en-US/${audience}/facilitator-guide.md`, 'utf8');
      expect(guide).toMatch(/^## .*disclos/im);
    }
  });
});

describe('large print', () => {
  it('puts the real handouts on two sheets at most, with the hotline', async () => {
    const dir = tempDir('large-');
    writeFileSync(`${dir}/kit.config.yaml`, 'kits: [en-US]\naudiences: [youth, healthcare]\npaper: [a4]\nlargePrint: true\n');
    const run = await runCli(['--config', `${dir}/kit.config.yaml`, '--out', `${dir}/dist`, '-o', 'handout']);
    expect(run.err).toBe('');
    for (const audience of ['youth', 'healthcare']) {
      const file = `${dir}/dist/en-US/${audience}/handout-a4.pdf`;
      expect(pdfPages(file)).toBeGreaterThan(2);
      expect(pdfPages(file)).toBeLessThanOrEqual(4);
      expect(pdfText(file)).toContain('1-888-373-7888');
    }
  });
});

describe('npm run serve', () => {
  it('serves dist/ on localhost: the index page and the youth deck with its assets', async () => {
    const { spawn } = await import('node:child_process');
    const port = 20000 + (process.pid % 10000);
    const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', out, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const get = async (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      expect((await get('/index.html')).status).toBe(200);
      const deck = await (await get('/en-US/youth/deck/index.html')).text();
      const script = /src="(\/en-US\/youth\/deck\/assets\/[^"]+\.js)"/.exec(deck)?.[1];
      expect(script).toBeDefined();
      expect((await get(script as string)).status).toBe(200);
    } finally {
      server.kill();
    }
  });
});
