// Tables: header row in a black bar with white text, thin black cell borders, header repeated
// (as a pagination artifact) when the table continues on the next page. RTL tables run right to left.
import type { PageContent } from '../draw/page.js';
import type { StructElem } from '../draw/tags.js';
import type { Slice } from './flow.js';
import { bodyStyle, type BlockCtx } from './context.js';
import { drawLine, layoutRuns, type Lines } from './text.js';

interface Row { cells: Lines[]; height: number; header: boolean }

/** Column boxes; in RTL the first column is the rightmost one. */
function columns(ctx: BlockCtx, count: number, widths?: number[]): { x: number; w: number }[] {
  const fr = widths && widths.length === count ? widths : Array<number>(count).fill(1);
  const total = fr.reduce((a, b) => a + b, 0);
  let offset = 0;
  return fr.map((f) => {
    const w = (f / total) * ctx.width;
    const x = ctx.rtl ? ctx.x + ctx.width - offset - w : ctx.x + offset;
    offset += w;
    return { x, w };
  });
}

const PAD = 4;

function layoutRow(ctx: BlockCtx, texts: string[], cols: { w: number }[], header: boolean): Row {
  // Slightly smaller than body text, never below the small size (14 pt in large print).
  const size = Math.max(ctx.theme.small, ctx.theme.body * (header ? 0.95 : 0.92));
  const cells = cols.map((c, i) => layoutRuns(ctx.b.fonts, [{ text: texts[i] ?? '' }], bodyStyle(ctx, size, header), c.w - 2 * PAD));
  const height = Math.max(...cells.map((l) => Math.max(1, l.lines.length) * l.lineHeight)) + 2 * PAD;
  return { cells, height, header };
}

function drawRow(ctx: BlockCtx, page: PageContent, top: number, row: Row, cols: { x: number; w: number }[],
  elems?: StructElem[]): void {
  const frame = () => {
    if (row.header) page.fillRect(ctx.x, top - row.height, ctx.width, row.height, 0);
    for (const c of cols) page.strokeRect(c.x, top - row.height, c.w, row.height, 0.6);
  };
  const text = () => row.cells.forEach((lines, i) => {
    const drawCell = () => lines.lines.forEach((_, k) =>
      drawLine(page, lines, k, cols[i]!.x + PAD, top - PAD - k * lines.lineHeight, cols[i]!.w - 2 * PAD, ctx.rtl, row.header ? 1 : 0));
    if (elems) page.tagged(elems[i]!, drawCell);
    else drawCell();
  });
  page.artifact('Layout', frame);
  if (elems) text();
  else page.artifact('Pagination', text);
}

export function tableSlices(ctx: BlockCtx, header: string[], rows: string[][], widths?: number[]): Slice[] {
  const cols = columns(ctx, header.length, widths);
  const tree = ctx.b.tree;
  const table = tree.add(ctx.parent, 'Table');
  const headRow = layoutRow(ctx, header, cols, true);
  const headTr = tree.add(table, 'TR');
  const headElems = header.map(() => tree.add(headTr, 'TH', { scope: 'Column' }));
  const repeat: Slice = { height: headRow.height, spaceBefore: 0, draw: (page, top) => drawRow(ctx, page, top, headRow, cols) };
  const slices: Slice[] = [{
    height: headRow.height,
    spaceBefore: ctx.theme.gap * 1.5,
    keepWithNext: rows.length > 0,
    draw: (page, top) => drawRow(ctx, page, top, headRow, cols, headElems),
  }];
  for (const texts of rows) {
    const row = layoutRow(ctx, texts, cols, false);
    const tr = tree.add(table, 'TR');
    const elems = cols.map(() => tree.add(tr, 'TD'));
    slices.push({ height: row.height, spaceBefore: 0, repeatAtTop: repeat, draw: (page, top) => drawRow(ctx, page, top, row, cols, elems) });
  }
  return slices;
}
