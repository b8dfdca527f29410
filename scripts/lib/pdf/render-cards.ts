// renderWalletCards: a sheet of identical business cards with crop marks; with a back, a second page whose cards
// are mirrored left to right, so that a duplex print (long-edge flip) puts each back behind its front.
// The first card of each side is tagged (what a screen reader reads once); the other copies are artifacts.
import { PdfBuilder } from './draw/builder.js';
import type { PageContent } from './draw/page.js';
import type { StructElem } from './draw/tags.js';
import { qrOps } from './qr.js';
import { fitText, type FitBlock } from './layout/fit.js';
import { drawLine, layoutRuns, type Lines } from './layout/text.js';
import { PAPER, theme, type Palette } from './layout/theme.js';
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

type Card = { w: number; h: number };
/** One side of a card: its text blocks (the first is the heading), on a band or not, and a QR code. */
interface Face { lines: Lines[]; band: boolean; qr?: { url: string; size: number; caption?: Lines }; textX: number; textW: number }

export async function renderWalletCards(spec: CardSpec): Promise<Uint8Array> {
  checkMeta(spec, `Wallet cards "${spec.title}"`);
  const size = PAPER[spec.paper];
  const card = CARD[spec.paper];
  const b = await PdfBuilder.create(spec, size);
  const back = spec.back;
  const runs = [{ text: spec.heading, bold: true }, ...spec.lines.flat(), { text: spec.note ?? '' },
    ...(back ? [{ text: back.heading, bold: true }, ...back.lines.flat(), { text: back.qrCaption ?? '', bold: true }] : [])];
  await b.fonts.prepare(facesFor(runs, b.fonts.chain));
  const note = spec.note ? [{ runs: [{ text: spec.note }], scale: 0.8 }] : [];
  const faces = back
    ? [layoutFace(b, spec, card, spec.heading, spec.lines, [], true), layoutFace(b, spec, card, back.heading, back.lines, note, false, spec.qrUrl, back.qrCaption)]
    : [layoutFace(b, spec, card, spec.heading, spec.lines, note, false, spec.qrUrl)];
  const x0 = (size.width - COLS * card.w) / 2;
  const y0 = (size.height - ROWS * card.h) / 2;
  const palette = theme(spec).color;
  faces.forEach((face, side) => {
    const page = b.addPage();
    const elems = faceElems(b, spec, face, side > 0);
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const col = side === 0 ? c : COLS - 1 - c; // the back is mirrored: long-edge flip
        drawCard(page, face, palette, x0 + col * card.w, y0 + (ROWS - r) * card.h, card, spec.dir === 'rtl', r === 0 && c === 0 ? elems : undefined);
      }
    }
    page.artifact('Layout', () => cropMarks(page, x0, y0, card));
  });
  return b.save(specSeed(spec));
}

function layoutFace(b: PdfBuilder, spec: CardSpec, card: Card, heading: string, lines: CardSpec['lines'], note: FitBlock[],
  band: boolean, qrUrl?: string, qrCaption?: string): Face {
  const rtl = spec.dir === 'rtl';
  const large = !!spec.largePrint;
  const captionSize = large ? 7.5 : 6.5;
  const caption = qrUrl && qrCaption ? layoutRuns(b.fonts, [{ text: qrCaption, bold: true }], { size: captionSize, leading: 1.15, bold: true, rtl }, 70) : undefined;
  const captionH = caption ? caption.lines.length * caption.lineHeight + 3 : 0;
  const qrSize = qrUrl ? Math.min(64, card.h - 2 * PAD - captionH) : 0;
  const qrW = Math.max(qrSize, caption ? Math.max(...caption.lines.map((l) => l.width)) : 0);
  const textW = card.w - 2 * PAD - (qrSize ? qrW + PAD * 0.8 : 0);
  const textX = rtl ? card.w - PAD - textW : PAD;
  // The heading sits on a band of its own on the front, above the last line (the number) in large type; elsewhere
  // the heading is the first line of the text.
  const bandH = band ? card.h * 0.36 : 0;
  // The card is a fixed size: in large print the note's extra line may take the text down to 9 pt (measured: at
  // 10 pt, 7 of the 18 draft kits' large-print card sheets tried did not fit).
  const fit = (blocks: FitBlock[], height: number, scale = 1) => fitText(b.fonts, blocks, {
    width: textW, height, max: (large ? 12 : 9.5) * scale, min: (large ? (note.length ? 9 : 10) : 6.5) * (band ? 0.9 : 1), leading: theme(spec).leading * 0.92, rtl,
  });
  const body = lines.map((runs, i) => ({ runs, scale: band ? (i === lines.length - 1 ? 1.5 : 1.1) : 1 }));
  const title = { runs: [{ text: heading }], scale: 1.25, bold: true };
  const laid = band
    ? [fit([title], bandH - PAD * 0.6, 1.15), fit([...body, ...note], card.h - bandH - PAD * 1.2)]
    : [fit([title, ...body, ...note], card.h - 2 * PAD)];
  if (laid.some((l) => !l)) {
    throw new DoesNotFitError(`Wallet card "${spec.title}" (${spec.lang}): the heading and ${lines.length} lines do not fit on a ` +
      `${spec.paper === 'letter' ? '3.5 x 2 in' : '85 x 55 mm'} card${large ? ' in large print' : ''}: shorten the text`);
  }
  return { lines: laid.flatMap((l) => l!), band, textX, textW, qr: qrUrl ? { url: qrUrl, size: qrSize, caption } : undefined };
}

interface FaceElems { heading: StructElem; lines: StructElem[]; qr?: StructElem; caption?: StructElem }

function faceElems(b: PdfBuilder, spec: CardSpec, face: Face, back: boolean): FaceElems {
  const sect = b.tree.add(b.tree.root, 'Sect');
  return {
    heading: b.tree.add(sect, back ? 'H2' : 'H1'),
    lines: face.lines.slice(1).map(() => b.tree.add(sect, 'P')),
    qr: face.qr ? b.tree.add(sect, 'Figure', { alt: spec.qrAlt ?? spec.qrUrl ?? '' }) : undefined,
    caption: face.qr?.caption ? b.tree.add(sect, 'P') : undefined,
  };
}

function drawCard(page: PageContent, face: Face, palette: Palette, x: number, top: number, card: Card, rtl: boolean, elems?: FaceElems): void {
  const mark = (elem: StructElem | undefined, draw: () => void) => (elem ? page.tagged(elem, draw) : page.artifact('Layout', draw));
  const [heading, ...rest] = face.lines;
  const bandH = face.band ? card.h * 0.36 : 0;
  if (face.band) page.artifact('Layout', () => page.fillRect(x, top - bandH, card.w, bandH, palette.accent));
  else page.artifact('Layout', () => page.fillRect(x, top - 4, card.w, 4, palette.help)); // the back's edge in the help colour
  const drawLines = (stack: Lines[], first: number, y: number, paint: number | string) => stack.forEach((l, k) => l.lines.forEach((_, i) => {
    mark(first + k === 0 ? elems?.heading : elems?.lines[first + k - 1], () => drawLine(page, l, i, x + face.textX, y, face.textW, rtl, paint));
    y -= l.lineHeight;
  }));
  const h = (stack: Lines[]) => stack.reduce((s, l) => s + l.lines.length * l.lineHeight, 0);
  if (face.band) {
    drawLines([heading!], 0, top - (bandH - h([heading!])) / 2, 1);
    drawLines(rest, 1, top - bandH - (card.h - bandH - h(rest)) / 2, palette.ink);
  } else {
    drawLines(face.lines, 0, top - PAD - (card.h - 2 * PAD - h(face.lines)) / 2, palette.ink); // centred vertically
  }
  const qr = face.qr;
  if (!qr) return;
  const capH = qr.caption ? qr.caption.lines.length * qr.caption.lineHeight + 3 : 0;
  const qrW = Math.max(qr.size, ...(qr.caption?.lines.map((l) => l.width) ?? []));
  const qx = rtl ? x + PAD + (qrW - qr.size) / 2 : x + card.w - PAD - qrW + (qrW - qr.size) / 2;
  const qTop = top - (card.h - qr.size - capH) / 2;
  if (elems?.qr) elems.qr.options.bbox = [qx, qTop - qr.size, qx + qr.size, qTop];
  mark(elems?.qr, () => page.raw(qrOps(qr.url, qx, qTop, qr.size)));
  qr.caption?.lines.forEach((line, i) => {
    const cx = qx + (qr.size - line.width) / 2;
    const y = qTop - qr.size - 3 - i * qr.caption!.lineHeight - qr.caption!.size * 0.9;
    mark(elems?.caption, () => page.text(line, cx, y, palette.help));
  });
}

/** Short marks in the margin on every cut line, never on the cards themselves. */
function cropMarks(page: PageContent, x0: number, y0: number, card: Card): void {
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
