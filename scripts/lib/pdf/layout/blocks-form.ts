// A question on a printed form (the pre/post questionnaire): its number, the prompt, then tick boxes with their
// labels side by side (a row wraps when they do not fit), or empty boxes to write a short code in. Never split
// from its boxes. The boxes are drawn as artifacts; the number, prompt and labels are tagged text.
import type { Run } from '../types.js';
import type { Slice } from './flow.js';
import { bodyStyle, type BlockCtx } from './context.js';
import { drawLine, layoutRuns, type Lines } from './text.js';

export interface QuestionSpec { number?: string; prompt: Run[]; note?: string; choices: string[]; writeIn?: number }

interface Placed { lines: Lines; x: number; y: number; width: number }

const height = (l: Lines) => l.lines.length * l.lineHeight;

export function questionSlices(ctx: BlockCtx, q: QuestionSpec): Slice[] {
  const th = ctx.theme;
  const { b } = ctx;
  const indent = q.number ? th.body * 2 : 0;
  const inner = ctx.width - indent;
  const box = th.body * 1.15;
  const boxGap = th.body * 0.45;
  const div = b.tree.add(ctx.parent, 'Div');
  const label = q.number ? layoutRuns(b.fonts, [{ text: q.number, bold: true }], bodyStyle(ctx, th.body, true), indent) : undefined;
  const prompt = layoutRuns(b.fonts, q.prompt, bodyStyle(ctx), inner);
  const note = q.note ? layoutRuns(b.fonts, [{ text: q.note }], bodyStyle(ctx, th.small), inner) : undefined;
  const promptElem = b.tree.add(div, 'P');
  const noteElem = note ? b.tree.add(div, 'P') : undefined;
  let y = height(prompt) + (note ? height(note) : 0) + th.gap * 0.8; // below the block's top
  // The tick boxes: packed into rows from the start side, each label wrapped only when it is wider than a row.
  const list = q.choices.length ? b.tree.add(div, 'L') : undefined;
  const items = q.choices.map(() => b.tree.add(b.tree.add(list!, 'LI'), 'LBody'));
  const laid = q.choices.map((choice) => layoutRuns(b.fonts, [{ text: choice }], bodyStyle(ctx), inner - box - boxGap));
  const widths = laid.map((lines) => box + boxGap + Math.max(...lines.lines.map((l) => l.width), 0));
  // Wide gaps between boxes, closer ones when that keeps a scale on one row.
  const oneRow = (gap: number) => widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) <= inner;
  const choiceGap = oneRow(th.body * 1.6) ? th.body * 1.6 : th.body * 0.9;
  const placed: Placed[] = [];
  let x = 0;
  let rowH = 0;
  for (const [k, lines] of laid.entries()) {
    const w = widths[k]!;
    if (x > 0 && x + w > inner) { y += rowH + th.gap * 0.7; x = 0; rowH = 0; }
    placed.push({ lines, x, y, width: w - box - boxGap });
    x += w + choiceGap;
    rowH = Math.max(rowH, box, height(lines));
  }
  const writeW = box * 1.5;
  if (q.writeIn) rowH = writeW * 1.2;
  const total = y + rowH;
  return [{
    height: total,
    spaceBefore: th.gap * 2,
    section: true, // a sheet's room to spare goes between questions: more room to write, no empty foot
    draw: (page, top) => {
      // a position `at` points from the start side of the text column, as a left edge for a thing `w` wide
      const start = (at: number, w: number) => (ctx.rtl ? ctx.x + ctx.width - indent - at - w : ctx.x + indent + at);
      if (label) page.tagged(promptElem, () => drawLine(page, label, 0, ctx.rtl ? ctx.x + ctx.width - indent : ctx.x, top, indent, ctx.rtl, th.color.accent));
      prompt.lines.forEach((_, i) => page.tagged(promptElem, () => drawLine(page, prompt, i, start(0, inner), top - i * prompt.lineHeight, inner, ctx.rtl, th.color.ink)));
      if (note) note.lines.forEach((_, i) => page.tagged(noteElem!, () => drawLine(page, note, i, start(0, inner), top - height(prompt) - i * note.lineHeight, inner, ctx.rtl, th.color.muted)));
      placed.forEach((p, k) => {
        const rowTop = top - p.y;
        const boxTop = rowTop - Math.max(0, (p.lines.lineHeight - box) / 2);
        page.artifact('Layout', () => page.strokeRect(start(p.x, box), boxTop - box, box, box, 0.9, th.color.ink));
        const textX = start(p.x + box + boxGap, p.width);
        p.lines.lines.forEach((_, i) => page.tagged(items[k]!, () => drawLine(page, p.lines, i, textX, rowTop - i * p.lines.lineHeight, p.width, ctx.rtl, th.color.ink)));
      });
      for (let i = 0; i < (q.writeIn ?? 0); i++) {
        page.artifact('Layout', () => page.strokeRect(start(i * (writeW + boxGap), writeW), top - y - writeW * 1.2, writeW, writeW * 1.2, 0.9, th.color.ink));
      }
    },
  }];
}

/** Every run the question draws (to embed its fonts before layout). */
export function questionRuns(q: QuestionSpec): Run[] {
  return [...(q.number ? [{ text: q.number, bold: true }] : []), ...q.prompt, { text: q.note ?? '' }, ...q.choices.map((text) => ({ text }))];
}
