// renderWalletCards: one sheet of identical business cards with crop marks.
// The first card is tagged (what a screen reader reads once); the other copies are artifacts.
import { PdfBuilder } from './draw/builder.js';
import type { PageContent } from './draw/page.js';
import type { StructElem } from './draw/tags.js';
import { qrOps } from './qr.js';
import { fitText } from './layout/fit.js';
import { drawLine, type Lines } from './layout/text.js';
import { PAPER, theme } from './layout/theme.js';
import { facesFor } from './text/paragraph.js';
import { specSeed } from './seed.js';
import type { CardSpec, Paper } from './types.js';
import { checkMeta } from './validate.js';
import { DoesNotFitError } from './errors.js';

const MM = 72 / 25.4;
/** 3.5 x 2 in on Letter, 85 x 55 mm on A4; 2 columns x 5 rows, centred, no gutter (one cut per line). */
const CARD: Record<Paper, { w: number; h: number }> = { letter: { w: 252, h: 144 }, a4: { w: 85 * MM, h: 55 * MM } };
const COLS = 2;
const ROWS = 5;
const PAD = 11;

interface CardLayout { lines: Lines[]; qr?: { url: string; size: number }; textX: number; textW: number }

export async function renderWalletCards(spec: CardSpec): Promise<Uint8Array> {
  checkMeta(spec, `Wallet cards "${spec.title}"`);
  const size = PAPER[spec.paper];
  const card = CARD[spec.paper];
  const b = await PdfBuilder.create(spec, size);
  const runs = [{ text: spec.heading, bold: true }, ...spec.lines.flat(), ...(spec.note ? [{ text: spec.note }] : [])];
  await b.fonts.prepare(facesFor(runs, b.fonts.chain));
  const layout = layoutCard(b, spec, card);
  const page = b.addPage();
  const x0 = (size.width - COLS * card.w) / 2;
  const y0 = (size.height - ROWS * card.h) / 2;
  const elems = cardElems(b, spec, layout);
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const x = x0 + c * card.w;
      const top = y0 + (ROWS - r) * card.h;
      drawCard(page, layout, x, top, card, spec.dir === 'rtl', r === 0 && c === 0 ? elems : undefined);
    }
  }
  page.artifact('Layout', () => cropMarks(page, x0, y0, card));
  return b.save(specSeed(spec));
}

function layoutCard(b: PdfBuilder, spec: CardSpec, card: { w: number; h: number }): CardLayout {
  const rtl = spec.dir === 'rtl';
  const qrSize = spec.qrUrl ? Math.min(64, card.h - 2 * PAD) : 0;
  const textW = card.w - 2 * PAD - (qrSize ? qrSize + PAD * 0.8 : 0);
  const textX = rtl ? card.w - PAD - textW : PAD;
  const large = !!spec.largePrint;
  const note = spec.note ? [{ runs: [{ text: spec.note }], scale: 0.8 }] : [];
  // The card is a fixed size: in large print the note's extra line may take the text down to 9 pt (measured: at
  // 10 pt, 7 of the 18 draft kits' large-print card sheets tried did not fit).
  const lines = fitText(b.fonts, [{ runs: [{ text: spec.heading }], scale: 1.25, bold: true }, ...spec.lines.map((runs) => ({ runs, scale: 1 })), ...note], {
    width: textW, height: card.h - 2 * PAD, max: large ? 12 : 9.5, min: large ? (spec.note ? 9 : 10) : 6.5, leading: theme(spec).leading * 0.92, rtl,
  });
  if (!lines) {
    throw new DoesNotFitError(`Wallet card "${spec.title}" (${spec.lang}): the heading and ${spec.lines.length} lines do not fit on a ` +
      `${spec.paper === 'letter' ? '3.5 x 2 in' : '85 x 55 mm'} card${large ? ' in large print' : ''}: shorten the text`);
  }
  return { lines, textX, textW, qr: spec.qrUrl ? { url: spec.qrUrl, size: qrSize } : undefined };
}

interface CardElems { heading: StructElem; lines: StructElem[]; qr?: StructElem }

function cardElems(b: PdfBuilder, spec: CardSpec, layout: CardLayout): CardElems {
  const sect = b.tree.add(b.tree.root, 'Sect');
  return {
    heading: b.tree.add(sect, 'H1'),
    lines: layout.lines.slice(1).map(() => b.tree.add(sect, 'P')),
    qr: layout.qr ? b.tree.add(sect, 'Figure', { alt: spec.qrAlt ?? spec.qrUrl ?? '' }) : undefined,
  };
}

function drawCard(page: PageContent, layout: CardLayout, x: number, top: number, card: { w: number; h: number },
  rtl: boolean, elems?: CardElems): void {
  const mark = (elem: StructElem | undefined, draw: () => void) => (elem ? page.tagged(elem, draw) : page.artifact('Layout', draw));
  const used = layout.lines.reduce((h, l) => h + l.lines.length * l.lineHeight, 0);
  let y = top - PAD - (card.h - 2 * PAD - used) / 2; // centred vertically
  layout.lines.forEach((l, k) => l.lines.forEach((_, i) => {
    mark(k === 0 ? elems?.heading : elems?.lines[k - 1], () => drawLine(page, l, i, x + layout.textX, y, layout.textW, rtl));
    y -= l.lineHeight;
  }));
  const qr = layout.qr;
  if (qr) {
    const qx = rtl ? x + PAD : x + card.w - PAD - qr.size;
    const qTop = top - (card.h - qr.size) / 2;
    if (elems?.qr) elems.qr.options.bbox = [qx, qTop - qr.size, qx + qr.size, qTop];
    mark(elems?.qr, () => page.raw(qrOps(qr.url, qx, qTop, qr.size)));
  }
}

/** Short marks in the margin on every cut line, never on the cards themselves. */
function cropMarks(page: PageContent, x0: number, y0: number, card: { w: number; h: number }): void {
  const [len, gap] = [14, 4];
  const x1 = x0 + COLS * card.w;
  const y1 = y0 + ROWS * card.h;
  for (let c = 0; c <= COLS; c++) {
    const x = x0 + c * card.w;
    page.line(x, y1 + gap, x, y1 + gap + len, 0.5);
    page.line(x, y0 - gap, x, y0 - gap - len, 0.5);
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = y0 + r * card.h;
    page.line(x0 - gap, y, x0 - gap - len, y, 0.5);
    page.line(x1 + gap, y, x1 + gap + len, y, 0.5);
  }
}
