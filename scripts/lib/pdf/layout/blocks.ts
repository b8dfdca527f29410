// Block -> slices dispatch, and the runs a block will draw (to embed fonts before layout).
import type { Block, Run } from '../types.js';
import type { Slice } from './flow.js';
import type { BlockCtx } from './context.js';
import { calloutSlices, headingSlices, listSlices, paragraphSlices } from './blocks-text.js';
import { tableSlices } from './blocks-table.js';
import { imageSlices, qrSlices } from './blocks-figure.js';
import { besideSlices } from './blocks-beside.js';
import { bannerSlices, helpSlices, iconListSlices } from './blocks-design.js';
import { questionRuns, questionSlices } from './blocks-form.js';

export async function blockSlices(ctx: BlockCtx, block: Block): Promise<Slice[]> {
  switch (block.kind) {
    case 'heading': return headingSlices(ctx, block.level, block.text);
    case 'paragraph': return paragraphSlices(ctx, block.runs, block.small);
    case 'list': return listSlices(ctx, block.items, block.ordered, block.small);
    case 'table': return tableSlices(ctx, block.header, block.rows, block.widths);
    case 'callout': return calloutSlices(ctx, block.title, block.lines);
    case 'image': return imageSlices(ctx, block.data, block.alt, block.maxWidth, block.maxHeight);
    case 'qr': return qrSlices(ctx, block.url, block.alt, block.size);
    case 'beside': return besideSlices(ctx, block.picture, block.blocks);
    case 'pageBreak': return block.soft ? [] : [{ height: 0, spaceBefore: 0, pageBreak: true, draw: () => {} }];
    case 'banner': return bannerSlices(ctx, block.title, block.subtitle);
    case 'iconList': return iconListSlices(ctx, block.items, block.icons, block.columns);
    case 'help': return helpSlices(ctx, block.title, block.lines, block.qr, block.large);
    case 'question': return questionSlices(ctx, block);
  }
}

/** Every run of text a block draws, with bold where it will be bold. */
export function blockRuns(block: Block): Run[] {
  switch (block.kind) {
    case 'heading': return [{ text: block.text, bold: true }];
    case 'paragraph': return block.runs;
    case 'list': return [...block.items.flat(), { text: '0123456789.•' }];
    case 'table': return [...block.header.map((text) => ({ text, bold: true })), ...block.rows.flat().map((text) => ({ text }))];
    case 'callout': return [{ text: block.title, bold: true }, ...block.lines.flat()];
    case 'beside': return block.blocks.flatMap(blockRuns);
    case 'banner': return [{ text: block.title, bold: true }, { text: block.subtitle ?? '' }];
    case 'iconList': return block.items.flat();
    case 'help': return [{ text: block.title, bold: true }, ...block.lines.flat(), { text: block.qr?.caption ?? '', bold: true }];
    case 'question': return questionRuns(block);
    default: return [];
  }
}

export async function layoutBlocks(ctx: BlockCtx, blocks: Block[]): Promise<Slice[]> {
  const slices: Slice[] = [];
  for (const block of blocks) slices.push(...(await blockSlices(ctx, block)));
  return slices;
}
