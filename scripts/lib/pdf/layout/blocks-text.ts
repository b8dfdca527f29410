// Headings, paragraphs, lists and the callout box as slices.
import type { Run } from '../types.js';
import type { StructElem } from '../draw/tags.js';
import type { Paint } from '../draw/color.js';
import type { Slice } from './flow.js';
import { bodyStyle, lineBox, type BlockCtx } from './context.js';
import { drawLine, layoutRuns, type Lines } from './text.js';

type Place = (line: number) => { x: number; width: number };

/** One slice per line, all tagged with `elem`; keep-together rules for orphans and widows. */
function lineSlices(ctx: BlockCtx, lines: Lines, elem: StructElem, place: Place, spaceBefore: number,
  paint: Paint = ctx.theme.color.ink): Slice[] {
  const n = lines.lines.length;
  return lines.lines.map((_, i) => ({
    height: lines.lineHeight,
    spaceBefore: i === 0 ? spaceBefore : 0,
    keepWithNext: (i === 0 && n > 1) || (i === n - 2 && n > 2),
    draw: (page, top) => page.tagged(elem, () => drawLine(page, lines, i, place(i).x, top, place(i).width, ctx.rtl, paint)),
  }));
}

/** Each line's place when the block's first line starts `first` points below the block's start. */
function placeLines(ctx: BlockCtx, first: number, lineHeight: number, indent = 0): Place {
  return (i) => {
    const box = lineBox(ctx, first + i * lineHeight);
    return { x: ctx.rtl ? box.x : box.x + indent, width: box.width - indent };
  };
}

export function headingSlices(ctx: BlockCtx, level: 1 | 2 | 3, text: string, size = ctx.theme.h[level]): Slice[] {
  const elem = ctx.b.tree.add(ctx.parent, `H${level}`);
  const style = { ...bodyStyle(ctx, size, true), leading: 1.25 };
  const spaceBefore = level === 1 ? 0 : size * 0.9;
  const place = placeLines(ctx, spaceBefore, size * style.leading);
  const lines = layoutRuns(ctx.b.fonts, [{ text }], style, (i) => place(i).width);
  const slices = lineSlices(ctx, lines, elem, place, spaceBefore, ctx.theme.color.accent);
  // A heading never ends a page: keep every line with the next block.
  for (const s of slices) s.keepWithNext = true;
  return slices;
}

export function paragraphSlices(ctx: BlockCtx, runs: Run[], small?: boolean): Slice[] {
  const elem = ctx.b.tree.add(ctx.parent, 'P');
  const style = bodyStyle(ctx, small ? ctx.theme.small : ctx.theme.body);
  const place = placeLines(ctx, ctx.theme.gap, style.size * style.leading);
  const lines = layoutRuns(ctx.b.fonts, runs, style, (i) => place(i).width);
  return lineSlices(ctx, lines, elem, place, ctx.theme.gap);
}

export function listSlices(ctx: BlockCtx, items: Run[][], ordered?: boolean, small?: boolean): Slice[] {
  const list = ctx.b.tree.add(ctx.parent, 'L');
  const indent = ctx.theme.body * 1.7;
  const style = bodyStyle(ctx, small ? ctx.theme.small : ctx.theme.body);
  const slices: Slice[] = [];
  let y = 0; // the end of the item before, below the list's start
  items.forEach((runs, n) => {
    const li = ctx.b.tree.add(list, 'LI');
    const lbl = ctx.b.tree.add(li, 'Lbl');
    const body = ctx.b.tree.add(li, 'LBody');
    const spaceBefore = n === 0 ? ctx.theme.gap : ctx.theme.gap * 0.4;
    const start = y + spaceBefore; // the item's first line
    const place = placeLines(ctx, start, style.size * style.leading, indent);
    const label = layoutRuns(ctx.b.fonts, [{ text: ordered ? `${n + 1}.` : '•' }], style, indent);
    const lines = layoutRuns(ctx.b.fonts, runs, style, (i) => place(i).width);
    const itemSlices = lineSlices(ctx, lines, body, place, spaceBefore);
    y = start + lines.lines.length * lines.lineHeight;
    const first = itemSlices[0];
    if (!first) return;
    const drawBody = first.draw;
    // The label sits in the indent: left of the text, or right of it in RTL.
    const { x, width } = lineBox(ctx, start);
    const labelX = ctx.rtl ? x + width - indent * 0.3 - label.lines[0]!.width : x + indent * 0.3;
    first.draw = (page, top) => {
      page.tagged(lbl, () => drawLine(page, label, 0, labelX, top, label.lines[0]!.width, false));
      drawBody(page, top);
    };
    slices.push(...itemSlices);
  });
  return slices;
}

/** The hotline box: thick black frame, black title bar with white bold text; never split. */
export function calloutSlices(ctx: BlockCtx, title: string, lines: Run[][]): Slice[] {
  const sect = ctx.b.tree.add(ctx.parent, 'Div');
  const pad = ctx.theme.body * 0.8;
  const border = 2;
  const inner = ctx.width - 2 * pad;
  const titleLines = layoutRuns(ctx.b.fonts, [{ text: title }], bodyStyle(ctx, ctx.theme.body * 1.15, true), inner);
  const body = lines.map((runs) => layoutRuns(ctx.b.fonts, runs, bodyStyle(ctx, ctx.theme.body * 1.1), inner));
  const titleH = titleLines.lines.length * titleLines.lineHeight + pad;
  const bodyH = body.reduce((h, l) => h + l.lines.length * l.lineHeight, 0) + pad * 1.2;
  const titleElem = ctx.b.tree.add(sect, 'P');
  const lineElems = body.map(() => ctx.b.tree.add(sect, 'P'));
  return [{
    height: titleH + bodyH,
    spaceBefore: ctx.theme.gap * 2,
    draw: (page, top) => {
      page.artifact('Layout', () => {
        page.fillRect(ctx.x, top - titleH, ctx.width, titleH, 0);
        page.strokeRect(ctx.x + border / 2, top - titleH - bodyH + border / 2, ctx.width - border, titleH + bodyH - border, border);
      });
      let y = top - pad / 2;
      titleLines.lines.forEach((_, i) => {
        page.tagged(titleElem, () => drawLine(page, titleLines, i, ctx.x + pad, y, inner, ctx.rtl, 1));
        y -= titleLines.lineHeight;
      });
      y = top - titleH - pad * 0.6;
      body.forEach((l, k) => l.lines.forEach((_, i) => {
        page.tagged(lineElems[k]!, () => drawLine(page, l, i, ctx.x + pad, y, inner, ctx.rtl));
        y -= l.lineHeight;
      }));
    },
  }];
}
