// Images (logo) and QR codes: Figure elements with alternate text, placed at the start side.
import { qrOps } from '../qr.js';
import type { Slice } from './flow.js';
import type { BlockCtx } from './context.js';

type Box = [number, number, number, number];

function startX(ctx: BlockCtx, w: number): number {
  return ctx.rtl ? ctx.x + ctx.width - w : ctx.x;
}

export async function imageSlices(ctx: BlockCtx, data: Uint8Array, alt: string, maxWidth: number,
  maxHeight: number): Promise<Slice[]> {
  const img = await ctx.b.image(data);
  const scale = Math.min(Math.min(maxWidth, ctx.width) / img.width, maxHeight / img.height);
  const [w, h] = [img.width * scale, img.height * scale];
  const x = startX(ctx, w);
  return [figure(ctx, alt, w, h, (page, top, elemBox) => {
    elemBox([x, top - h, x + w, top]);
    page.image(img.name, x, top - h, w, h);
  })];
}

export function qrSlices(ctx: BlockCtx, url: string, alt: string, size: number): Slice[] {
  const s = Math.min(size, ctx.width);
  const x = startX(ctx, s);
  return [figure(ctx, alt, s, s, (page, top, elemBox) => {
    elemBox([x, top - s, x + s, top]);
    page.raw(qrOps(url, x, top, s));
  })];
}

function figure(ctx: BlockCtx, alt: string, _w: number, h: number,
  paint: (page: Parameters<Slice['draw']>[0], top: number, setBox: (b: Box) => void) => void): Slice {
  const bbox: Box = [0, 0, 0, 0];
  const elem = ctx.b.tree.add(ctx.parent, 'Figure', { alt, bbox });
  return {
    height: h,
    spaceBefore: ctx.theme.gap * 1.5,
    draw: (page, top) => page.tagged(elem, () => paint(page, top, (b) => bbox.splice(0, 4, ...b))),
  };
}
