// `npm run bench`: the PDF engine on the real kits (youth handout, wallet cards, facilitator guide) in English,
// Chinese and Arabic: warm medians (fonts parsed once), sizes, peak memory, and a baseline in the same process:
// pdf-lib's own drawText with a standard font and no layout, tagging or shaping, on the same English text.
// The post-render safety check (scripts/verify/verify.ts) is timed on the same documents, as a ratio to rendering.
// Chromium printing the same handout as an HTML page (scripts/bench/html-handout.ts) is timed in the same run.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { fsReader } from './lib/reader.js';
import { loadContent, type Content } from './load/load.js';
import { resolveKit, type Kit } from './load/kit.js';
import { checkArtifact } from './verify/verify.js';
import { pdfTextPool } from './verify/pdf-text.js';
import { createTranslator } from './load/translator.js';
import { buildSession, type Session } from './outputs/session.js';
import { handoutBlocks, renderHandout } from './outputs/handout/render.js';
import { renderWallet } from './outputs/wallet/render.js';
import { buildGuideModel } from './outputs/guide/model.js';
import { renderGuidePdf } from './outputs/guide/pdf.js';
import { helpPanel } from './outputs/print.js';
import { findBrowser } from './lib/tools/browser.js';
import { chromiumHandout, handoutHtml } from './bench/html-handout.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const KITS = ['en-US', 'zh-Hans-US', 'ar-US'];

interface Timing { ms: number; kb: number }

async function median(fn: () => Promise<Uint8Array | void>, runs = RUNS): Promise<Timing> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = (await fn())?.length ?? 0;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, kb: bytes / 1024 };
}

function session(content: Content, tag: string, audience: string): Session {
  const kit = resolveKit(tag, content);
  return buildSession(content, kit, content.audiences.get(audience)!, createTranslator(kit, content));
}

/** The baseline: the handout's text drawn line by line with Helvetica, cut at a fixed length, two pages. */
async function baseline(s: Session): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const text = handoutBlocks(s, { config: content.config })
    .flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.kind === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')) : []));
  const lines = text.flatMap((t) => t.match(/.{1,95}(\s|$)/g) ?? []);
  for (let start = 0; start < lines.length; start += 45) {
    const page = doc.addPage([612, 792]);
    lines.slice(start, start + 45).forEach((line, i) => page.drawText(line.trim(), { x: 54, y: 738 - i * 15, size: 10, font }));
  }
  return doc.save();
}

/** The post-render check of one PDF: its text read by pdf.js (on a worker thread, as in a build), then the rules. */
const pool = pdfTextPool(1);
function verifying(kit: Kit, data: Uint8Array): () => Promise<void> {
  return async () => { checkArtifact(await pool.text(data), kit, []); };
}

let peakRss = 0;
const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 5);
const content = loadContent(fsReader(resolve(dirname(fileURLToPath(import.meta.url)), '..')));
const community = { config: content.config };
const rows: string[] = [];
let baselineRow = '';
let chromiumRow = '';
for (const tag of KITS) {
  const youth = session(content, tag, 'youth');
  const parents = session(content, tag, 'parents');
  const t0 = performance.now();
  await renderHandout(youth, community, 'letter', false); // parses the fonts
  const cold = performance.now() - t0;
  const handout = await median(() => renderHandout(youth, community, 'letter', false));
  const cards = await median(() => renderWallet(youth, 'letter', false));
  const guideModel = buildGuideModel(parents);
  const guide = await median(() => renderGuidePdf(parents, guideModel, 'letter', false), Math.min(RUNS, 10));
  const checkHandout = await median(verifying(youth.kit, await renderHandout(youth, community, 'letter', false)), Math.min(RUNS, 10));
  const checkGuide = await median(verifying(parents.kit, await renderGuidePdf(parents, guideModel, 'letter', false)), Math.min(RUNS, 10));
  rows.push(`| ${tag} | ${cold.toFixed(0)} | ${handout.ms.toFixed(1)} | ${handout.kb.toFixed(1)} | ${cards.ms.toFixed(1)} | ${cards.kb.toFixed(1)} | ${guide.ms.toFixed(0)} | ${guide.kb.toFixed(0)} | ${checkHandout.ms.toFixed(0)} (${(checkHandout.ms / handout.ms).toFixed(1)}x) | ${checkGuide.ms.toFixed(0)} (${(checkGuide.ms / guide.ms).toFixed(1)}x) |`);
  if (tag === 'en-US') {
    const base = await median(() => baseline(youth));
    baselineRow = `Baseline (pdf-lib drawText, Helvetica, no layout/tagging/subsetting), same English text: ${base.ms.toFixed(1)} ms, ${base.kb.toFixed(1)} KB; engine/baseline time ratio ${(handout.ms / base.ms).toFixed(1)}x`;
    const browser = findBrowser();
    if (browser) {
      const html = handoutHtml(handoutBlocks(youth, community), helpPanel(youth), youth.kit.lang);
      const chrome = await chromiumHandout(browser, html, Math.min(RUNS, 15));
      chromiumRow = `Chromium (${browser}, page.pdf of the same handout as HTML, tagged, ${Math.min(RUNS, 15)} warm runs): ${chrome.ms.toFixed(0)} ms, ` +
        `${(chrome.bytes / 1024).toFixed(1)} KB; the engine is ${(chrome.ms / handout.ms).toFixed(1)}x faster and ${(chrome.bytes / 1024 / handout.kb).toFixed(1)}x smaller`;
    } else chromiumRow = 'Chromium: no browser found (set CHROME_PATH), comparison skipped';
  }
}
clearInterval(timer);
await pool.close();

console.log(`PDF engine on the real kits, ${RUNS} warm runs each (median; guide: ${Math.min(RUNS, 10)}), Node ${process.version}\n`);
console.log('| kit | first render ms (font parse) | youth handout ms | handout KB | wallet cards ms | cards KB | parents guide ms | guide KB | check handout ms (x render) | check guide ms (x render) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\n${baselineRow}`);
console.log(chromiumRow);
console.log(`Peak memory: RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
