// What a block layout needs to know about where it goes.
import type { PdfBuilder } from '../draw/builder.js';
import type { StructElem } from '../draw/tags.js';
import type { Theme } from './theme.js';
import type { TextStyle } from './text.js';

export interface BlockCtx {
  b: PdfBuilder;
  theme: Theme;
  x: number; // left edge of the text column
  width: number; // column width
  rtl: boolean;
  parent: StructElem; // structure element the block's elements go under
  inset?: Inset;
}

/** Beside a picture: lines whose top is less than `until` points below the block's start are `by` narrower, at the start side. */
export interface Inset { until: number; by: number }

/** Where a line goes whose top is `top` points below its block's start (including the block's space before). */
export function lineBox(ctx: BlockCtx, top: number): { x: number; width: number } {
  const by = ctx.inset && top < ctx.inset.until ? ctx.inset.by : 0;
  return { x: ctx.rtl ? ctx.x : ctx.x + by, width: ctx.width - by };
}

export function bodyStyle(ctx: BlockCtx, size = ctx.theme.body, bold = false): TextStyle {
  return { size, leading: ctx.theme.leading, bold, rtl: ctx.rtl };
}
