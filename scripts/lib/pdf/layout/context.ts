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
}

export function bodyStyle(ctx: BlockCtx, size = ctx.theme.body, bold = false): TextStyle {
  return { size, leading: ctx.theme.leading, bold, rtl: ctx.rtl };
}
