// The real CLI on the real content: the default kit, every audience, and one deck built with Slidev (site and PDF,
// es-US parents, in the test run's global setup); the other decks are the same code path with other slides.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfShared, pdfPages, pdfText, runCli, sharedDeck, sharedDist, tempDir } from './helpers.js';
import { findBrowser } from '../scripts/lib/tools/browser.js';

const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];
let out = '';
let decks = '';

beforeAll(() => {
  out = sharedDist(); // every kit built once for the test run (npm run build -- --all, no decks)
  decks = sharedDeck(); // npm run build -- -k es-US -a parents -o deck,deck-pdf
});

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

  it('builds a deck as a static site under its own base, with no network fonts', () => {
    const html = readFileSync(`${decks}/es-US/parents/deck/index.html`, 'utf8');
    expect(html).toContain('/es-US/parents/deck/assets/');
    expect(html).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr/);
    // the fonts travel with the deck, so it looks the same on any presenting computer
    expect(readdirSync(`${decks}/es-US/parents/deck/assets`).filter((f) => /^noto-sans-latin-(400|700)-normal-.*\.woff2$/.test(f))).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(`${decks}/manifest.json`, 'utf8'));
    const deck = manifest.artifacts.find((a: { path: string }) => a.path === 'es-US/parents/deck');
    expect(deck?.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.skipIf(!findBrowser())('exports the deck to PDF with Chromium: one page per slide, the hotline on the help slide', async () => {
    const slides = readFileSync(`${decks}/es-US/parents/slides.md`, 'utf8').split(/^---\nlayout:/m).length;
    expect(pdfPages(`${decks}/es-US/parents/deck.pdf`)).toBe(slides);
    expect(pdfText(`${decks}/es-US/parents/deck.pdf`)).toContain('1-888-373-7888');
    // printed from the built site: a tagged PDF with the deck's own title and the kit's fixed date
    const info = execFileSync('pdfinfo', [`${decks}/es-US/parents/deck.pdf`], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Reconocer/);
    expect(info).not.toContain('Slidev');
    expect(info).toMatch(/CreationDate:\s+Sat Jan\s+1 00:00:00 2000/);
  });

  it('reuses an unchanged deck instead of rebuilding it, and keeps the files of earlier builds', async () => {
    const copy = copyOfShared(decks);
    const handouts = await runCli(['--out', copy, '-k', 'es-US', '-a', 'parents', '-o', 'handout']);
    expect(handouts.code).toBe(0);
    const run = await runCli(['--out', copy, '-k', 'es-US', '-a', 'parents', '-o', 'deck']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('es-US/parents/deck: unchanged, reused');
    expect(existsSync(`${copy}/es-US/parents/handout-a4.pdf`)).toBe(true); // the handout build's files are still there
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
  it('puts the real handouts on two sheets at most, with the hotline, beside the standard ones (no config needed)', async () => {
    const dir = tempDir('large-');
    writeFileSync(`${dir}/kit.config.yaml`, 'kits: [en-US]\naudiences: [youth, healthcare]\npaper: [a4]\n');
    const run = await runCli(['--config', `${dir}/kit.config.yaml`, '--out', `${dir}/dist`, '-o', 'handout,handout-large']);
    expect(run.err).toBe('');
    for (const audience of ['youth', 'healthcare']) {
      const file = `${dir}/dist/en-US/${audience}/handout-large-a4.pdf`;
      expect(pdfPages(file)).toBeGreaterThan(2);
      expect(pdfPages(file)).toBeLessThanOrEqual(4);
      expect(pdfText(file)).toContain('1-888-373-7888');
      expect(pdfPages(`${dir}/dist/en-US/${audience}/handout-a4.pdf`)).toBe(2); // the standard handout stays one sheet
    }
  });
});

describe('npm run serve', () => {
  it('serves dist/ on localhost: the index page and a deck with its assets', async () => {
    const { spawn } = await import('node:child_process');
    const port = 20000 + (process.pid % 10000);
    const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', decks, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const get = async (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      expect((await get('/index.html')).status).toBe(200);
      const deck = await (await get('/es-US/parents/deck/index.html')).text();
      const script = /src="(\/es-US\/parents\/deck\/assets\/[^"]+\.js)"/.exec(deck)?.[1];
      expect(script).toBeDefined();
      expect((await get(script as string)).status).toBe(200);
    } finally {
      server.kill();
    }
  });
});
