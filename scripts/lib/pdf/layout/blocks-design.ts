// The printed sheets' designed blocks: a title band, lists with pictograms, the help block. Colours come from the
// theme's palette; pictograms and fills are artifacts (decoration), the text and the QR code are tagged.
import type { HelpQr, Run } from '../types.js';
import type { PageContent } from '../draw/page.js';
import type { Slice } from './flow.js';
import { bodyStyle, type BlockCtx } from './context.js';
import { drawLine, layoutRuns, type Lines } from './text.js';
import { qrOps } from '../qr.js';

const WHITE = 1;
const height = (ls: Lines[]) => ls.reduce((h, l) => h + l.lines.length * l.lineHeight, 0);

/** Draws laid-out paragraphs from `top` down in a box; returns the y below them. */
function drawStack(page: PageContent, ctx: BlockCtx, stack: Lines[], tag: (k: number, draw: () => void) => void,
  x: number, top: number, width: number, paint: number | string): number {
  let y = top;
  stack.forEach((l, k) => l.lines.forEach((_, i) => {
    tag(k, () => drawLine(page, l, i, x, y, width, ctx.rtl, paint));
    y -= l.lineHeight;
  }));
  return y;
}

/** A band in the accent colour across the column: the title (H1) and an optional subtitle in white. */
export function bannerSlices(ctx: BlockCtx, title: string, subtitle?: string): Slice[] {
  const th = ctx.theme;
  const pad = th.body * 1.2;
  const inner = ctx.width - 2 * pad;
  const stack = [layoutRuns(ctx.b.fonts, [{ text: title }], { ...bodyStyle(ctx, th.h[1], true), leading: 1.2 }, inner)];
  if (subtitle) stack.push(layoutRuns(ctx.b.fonts, [{ text: subtitle }], bodyStyle(ctx, th.body * 1.1), inner));
  const elems = [ctx.b.tree.add(ctx.parent, 'H1'), ...(subtitle ? [ctx.b.tree.add(ctx.parent, 'P')] : [])];
  const h = height(stack) + pad * 1.6 + (subtitle ? th.gap : 0);
  return [{
    height: h,
    spaceBefore: 0,
    draw: (page, top) => {
      page.artifact('Layout', () => page.fillRect(ctx.x, top - h, ctx.width, h, th.color.accent));
      const y = drawStack(page, ctx, stack.slice(0, 1), (_, d) => page.tagged(elems[0]!, d), ctx.x + pad, top - pad * 0.8, inner, WHITE);
      drawStack(page, ctx, stack.slice(1), (_, d) => page.tagged(elems[1]!, d), ctx.x + pad, y - th.gap, inner, WHITE);
    },
  }];
}

/** A list whose items each start with a pictogram in a tinted disc; two columns fill a row before the next. */
export function iconListSlices(ctx: BlockCtx, items: Run[][], icons: string[], columns: 1 | 2 = 1): Slice[] {
  const th = ctx.theme;
  const list = ctx.b.tree.add(ctx.parent, 'L');
  const disc = th.body * 2.3;
  const colGap = th.body * 1.6;
  const colW = (ctx.width - (columns - 1) * colGap) / columns;
  const textW = colW - disc - th.gap * 1.2;
  const laid = items.map((runs) => layoutRuns(ctx.b.fonts, runs, bodyStyle(ctx), textW));
  const bodies = items.map(() => ctx.b.tree.add(ctx.b.tree.add(list, 'LI'), 'LBody'));
  const slices: Slice[] = [];
  for (let r = 0; r * columns < items.length; r++) {
    const row = laid.slice(r * columns, (r + 1) * columns);
    const h = Math.max(disc, ...row.map((l) => l.lines.length * l.lineHeight));
    slices.push({
      height: h,
      spaceBefore: r === 0 ? th.gap * 1.5 : th.gap * 1.1,
      row: r > 0,
      draw: (page, top) => row.forEach((lines, c) => {
        const k = r * columns + c;
        const offset = c * (colW + colGap);
        const colX = ctx.rtl ? ctx.x + ctx.width - offset - colW : ctx.x + offset;
        const discX = ctx.rtl ? colX + colW - disc : colX;
        const textX = ctx.rtl ? colX : colX + disc + th.gap * 1.2;
        const icon = disc * 0.58;
        page.artifact('Layout', () => {
          page.disc(discX + disc / 2, top - disc / 2, disc / 2, th.color.tint);
          page.icon(icons[k % icons.length] ?? 'circle', discX + (disc - icon) / 2, top - (disc - icon) / 2, icon, th.color.accent);
        });
        const textTop = top - Math.max(0, (disc - lines.lines.length * lines.lineHeight) / 2);
        drawStack(page, ctx, [lines], (_, d) => page.tagged(bodies[k]!, d), textX, textTop, textW, th.color.ink);
      }),
    });
  }
  return slices;
}

/**
 * The help block: a title bar in the help colour (white bold text and a pictogram), then the hotline lines on a warm
 * tint, and the QR code at the end side with its caption under it. Never split.
 */
export function helpSlices(ctx: BlockCtx, title: string, lines: Run[][], qr?: HelpQr, large = false): Slice[] {
  const th = ctx.theme;
  const { b } = ctx;
  const pad = th.body * (large ? 1.2 : 0.9);
  // Large print (body 14 pt and up) is large already: the help block's steps up are smaller there.
  const big = th.body >= 14 ? 0.8 : 1;
  const qrSize = qr ? Math.round(th.body * (large ? 8.5 : 6.8) * big) : 0;
  const capW = qrSize + pad * 1.5;
  const titleSize = th.body * (large ? 1.55 : 1.3) * big;
  const iconSize = titleSize * 1.15;
  const inner = ctx.width - 2 * pad;
  const titleW = inner - iconSize - th.gap;
  const textW = inner - (qr ? capW + pad : 0);
  const titleLines = layoutRuns(b.fonts, [{ text: title }], { ...bodyStyle(ctx, titleSize, true), leading: 1.25 }, titleW);
  const body = lines.map((runs, i) => layoutRuns(b.fonts, runs, bodyStyle(ctx, th.body * (large ? (i === 0 ? 1.9 : 1.25) : i === 0 ? 1.45 : 1.1) * (big < 1 ? (i === 0 ? 0.85 : 0.91) : 1)), textW));
  const caption = qr ? layoutRuns(b.fonts, [{ text: qr.caption, bold: true }], { ...bodyStyle(ctx, th.small, true), leading: 1.2 }, capW) : undefined;
  const titleH = Math.max(height([titleLines]), iconSize) + pad * 1.2;
  const qrH = qr ? qrSize + th.gap + height([caption!]) : 0;
  const bodyH = Math.max(height(body), qrH) + pad * 2;
  const div = b.tree.add(ctx.parent, 'Div');
  const titleElem = b.tree.add(div, 'P');
  const lineElems = body.map(() => b.tree.add(div, 'P'));
  const figure = qr ? b.tree.add(div, 'Figure', { alt: qr.alt, bbox: [0, 0, 0, 0] }) : undefined;
  const capElem = qr ? b.tree.add(div, 'P') : undefined;
  return [{
    height: titleH + bodyH,
    spaceBefore: th.gap * 2,
    draw: (page, top) => {
      const { x, width, rtl } = ctx;
      page.artifact('Layout', () => {
        page.fillRect(x, top - titleH - bodyH, width, bodyH, th.color.helpTint);
        page.fillRect(x, top - titleH, width, titleH, th.color.help);
        page.icon('phone', rtl ? x + width - pad - iconSize : x + pad, top - (titleH - iconSize) / 2, iconSize, WHITE);
      });
      const titleTop = top - (titleH - height([titleLines])) / 2;
      drawStack(page, ctx, [titleLines], (_, d) => page.tagged(titleElem, d), rtl ? x + pad : x + pad + iconSize + th.gap, titleTop, titleW, WHITE);
      const bodyTop = top - titleH - pad;
      const textX = rtl ? x + width - pad - textW : x + pad;
      const textTop = bodyTop - Math.max(0, (bodyH - 2 * pad - height(body)) / 2);
      drawStack(page, ctx, body, (k, d) => page.tagged(lineElems[k]!, d), textX, textTop, textW, th.color.ink);
      if (!qr) return;
      const capX = rtl ? x + pad : x + width - pad - capW;
      const qx = capX + (capW - qrSize) / 2;
      const qTop = bodyTop - Math.max(0, (bodyH - 2 * pad - qrH) / 2);
      figure!.options.bbox = [qx, qTop - qrSize, qx + qrSize, qTop];
      page.artifact('Layout', () => page.fillRect(qx - 3, qTop - qrSize - 3, qrSize + 6, qrSize + 6, WHITE)); // quiet zone
      page.tagged(figure!, () => page.raw(qrOps(qr.url, qx, qTop, qrSize)));
      const capLines = caption!;
      capLines.lines.forEach((line, i) => {
        const cx = capX + (capW - line.width) / 2;
        page.tagged(capElem!, () => page.text(line, cx, qTop - qrSize - th.gap - i * capLines.lineHeight - capLines.size * 0.95, th.color.help));
      });
    },
  }];
}
