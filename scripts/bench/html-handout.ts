// The comparison `npm run bench` makes: the same handout as an HTML page printed by Chromium (playwright-core,
// page.pdf, tagged), with the same text, fonts (Noto Sans TTF files), colours and a similar layout: a title band,
// two-column lists, the help block with a QR code (an SVG) and its caption. Timed per page load + print, warm.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import type { Block, Run } from '../lib/pdf/index.js';
import { qrRects } from '../lib/pdf/qr.js';
import { COLOR } from '../lib/design/tokens.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const runs = (rs: Run[]) => rs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join('');

function qrSvg(url: string): string {
  const { count, rects } = qrRects(url);
  return `<svg viewBox="0 0 ${count} ${count}" width="96" height="96">${rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="1"/>`).join('')}</svg>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'banner': return `<header><h1>${esc(b.title)}</h1>${b.subtitle ? `<p>${esc(b.subtitle)}</p>` : ''}</header>`;
    case 'heading': return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph': return `<p${b.small ? ' class="small"' : ''}>${runs(b.runs)}</p>`;
    case 'list': case 'iconList': return `<ul${b.kind === 'iconList' && b.columns === 2 ? ' class="two"' : ''}>${b.items.map((i) => `<li>${runs(i)}</li>`).join('')}</ul>`;
    case 'help': return `<aside><h2>${esc(b.title)}</h2><div>${b.lines.map((l) => `<p>${runs(l)}</p>`).join('')}</div>` +
      (b.qr ? `<figure>${qrSvg(b.qr.url)}<figcaption>${esc(b.qr.caption)}</figcaption></figure>` : '') + '</aside>';
    case 'pageBreak': return '<div style="break-after: page"></div>';
    default: return '';
  }
}

export function handoutHtml(blocks: Block[], help: Block, lang: string): string {
  const font = (file: string) => pathToFileURL(join(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'), '..', file)).href;
  const front = blocks.findIndex((b) => b.kind === 'pageBreak');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>handout</title><style>
@font-face { font-family: Noto; src: url(${font('400Regular/NotoSans_400Regular.ttf')}); }
@font-face { font-family: Noto; font-weight: bold; src: url(${font('700Bold/NotoSans_700Bold.ttf')}); }
@page { size: letter; margin: 0.75in; }
body { font: 12pt/1.35 Noto; color: ${COLOR.ink}; margin: 0; }
header { background: ${COLOR.primary}; color: #fff; padding: 12pt 14pt; } header h1 { margin: 0 0 6pt; font-size: 24pt; }
h2 { color: ${COLOR.primary}; font-size: 17pt; margin: 14pt 0 6pt; } .small { font-size: 10pt; }
ul.two { columns: 2; } li { margin-bottom: 6pt; break-inside: avoid; }
aside { position: absolute; top: 6.6in; left: 0; right: 0; background: ${COLOR.helpTint}; display: grid; grid-template-columns: 1fr auto; }
aside h2 { grid-column: 1 / 3; background: ${COLOR.help}; color: #fff; margin: 0; padding: 8pt 12pt; font-size: 15pt; }
aside div { padding: 10pt 12pt; } aside p { margin: 0 0 3pt; } figure { margin: 10pt 12pt; text-align: center; color: ${COLOR.help}; font: bold 9pt Noto; }
.page { position: relative; height: 9.4in; }
</style></head><body><div class="page">${blocks.slice(0, front).map(blockHtml).join('')}${blockHtml(help)}</div>${blocks.slice(front).map(blockHtml).join('')}</body></html>`;
}

/** Chromium's median time (ms) and size (bytes) to load and print the page, `runs` warm runs after one cold. */
export async function chromiumHandout(executablePath: string, html: string, runs: number): Promise<{ ms: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-html-'));
  const file = join(dir, 'handout.html');
  writeFileSync(file, html);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const page = await browser.newPage();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href);
      const pdf = await page.pdf({ format: 'Letter', tagged: true, printBackground: true, preferCSSPageSize: true });
      if (i > 0) times.push(performance.now() - t0); // the first run is the cold one
      bytes = pdf.length;
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, bytes };
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
