// A picture at the start side (left, or right in RTL) with blocks next to it: a slide and its script in the
// facilitator guide. Text beside the picture is narrower and stays on the picture's page; below the picture it
// takes the whole width again. Headings, paragraphs and lists flow around the picture (lineBox in context.ts).
import type { Block, Picture } from '../types.js';
import type { Slice } from './flow.js';
import type { BlockCtx } from './context.js';
import { blockSlices } from './blocks.js';

type Box = [number, number, number, number];

export async function besideSlices(ctx: BlockCtx, picture: Picture, blocks: Block[]): Promise<Slice[]> {
  const img = await ctx.b.image(picture.data);
  const w = Math.min(picture.width, ctx.width / 2);
  const h = (w * img.height) / img.width;
  const x = ctx.rtl ? ctx.x + ctx.width - w : ctx.x;
  const bbox: Box = [0, 0, 0, 0];
  const figure = ctx.b.tree.add(ctx.parent, 'Figure', { alt: picture.alt, bbox }); // read before the text beside it
  const slices = await flowBeside(ctx, blocks, h, w + ctx.theme.gap * 2);
  const first = slices[0]!;
  const drawFirst = first.draw;
  first.spaceBefore = ctx.theme.gap * 2;
  first.draw = (page, top) => {
    page.tagged(figure, () => {
      bbox.splice(0, 4, x, top - h, x + w, top);
      page.image(img.name, x, top - h, w, h);
    });
    page.artifact('Layout', () => page.strokeRect(x, top - h, w, h, 0.5, 0.6)); // a white slide on white paper needs an edge
    drawFirst(page, top);
  };
  return slices;
}

/**
 * Lays out the blocks one after the other, each told how far the picture still reaches below its start. The row
 * starts at the first line of the first block (its space before is the row's), so the picture's bottom is at that
 * space plus the picture's height (and a gap). Slices that start beside the picture are kept with the next, and a spacer makes
 * the row at least as tall as the picture.
 */
async function flowBeside(ctx: BlockCtx, blocks: Block[], height: number, by: number): Promise<Slice[]> {
  const [head] = blocks.length ? await blockSlices(ctx, blocks[0]!) : []; // its space before, to place the picture
  const bottom = (head?.spaceBefore ?? 0) + height + ctx.theme.gap; // and a little air below the picture
  const slices: Slice[] = [];
  let y = 0;
  for (const block of blocks) {
    for (const slice of await blockSlices({ ...ctx, inset: { until: bottom - y, by } }, block)) {
      if (y + slice.spaceBefore < bottom && y > 0) slices[slices.length - 1]!.keepWithNext = true;
      y += slice.spaceBefore + slice.height;
      slices.push(slice);
    }
  }
  if (y < bottom) slices.push({ height: bottom - y, spaceBefore: 0, draw: () => {} });
  if (slices.length > 1 && y < bottom) slices[slices.length - 2]!.keepWithNext = true;
  return slices;
}
