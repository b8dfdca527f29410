// renderDocument: a multi-page flowing document (handout, facilitator guide).
import { PdfBuilder } from './draw/builder.js';
import { facesFor } from './text/paragraph.js';
import { blockRuns, blockSlices, layoutBlocks } from './layout/blocks.js';
import { drawChrome } from './layout/chrome.js';
import { measure, paginate, type Frame } from './layout/flow.js';
import { PAPER, scaled, theme } from './layout/theme.js';
import { specSeed } from './seed.js';
import type { Block, DocSpec, Run } from './types.js';
import type { BlockCtx } from './layout/context.js';
import { PageOverflowError, type Slice } from './layout/flow.js';
import { StructElem } from './draw/tags.js';
import { checkMeta } from './validate.js';
import { DoesNotFitError } from './errors.js';

/** The pinned block's slices, under a structure element of its own that is put in the tree later. */
async function pinnedBlock(ctx: BlockCtx, block: Block): Promise<{ elem: StructElem; slices: Slice[]; height: number }> {
  const elem = new StructElem('Sect', ctx.parent);
  const slices = await layoutBlocks({ ...ctx, parent: elem }, [block]);
  return { elem, slices, height: slices.reduce((h, s, i) => h + s.height + (i ? s.spaceBefore : 0), 0) };
}

interface Laid { slices: Slice[]; pin?: Awaited<ReturnType<typeof pinnedBlock>>; frames: (page: number) => Frame; root: StructElem }

/**
 * Lays the blocks out at a type scale per side: `scales[k]` for the blocks after the k-th hard page break (the last
 * one given for any further side), under a detached root whose elements are put in the tree if chosen.
 */
async function layoutAt(base: BlockCtx, doc: DocSpec, frame: Frame, scales: number[]): Promise<Laid> {
  const root = new StructElem('Document', undefined);
  const ctxAt = (side: number) => ({ ...base, theme: scaled(base.theme, scales[Math.min(side, scales.length - 1)]!), parent: root });
  let side = 0;
  let ctx = ctxAt(side);
  const pin = doc.pinned ? await pinnedBlock(ctx, doc.pinned) : undefined;
  const breakAt = doc.blocks.findIndex((bl) => bl.kind === 'pageBreak');
  const front = breakAt < 0 ? doc.blocks.length : breakAt;
  const slices: Slice[] = [];
  for (const [i, block] of doc.blocks.entries()) {
    if (i === front && pin) root.kids.push(pin.elem); // read after the first page's blocks
    if (isHardBreak(block)) ctx = ctxAt(++side);
    const laid = await blockSlices(ctx, block);
    if (block.kind === 'heading' && laid[0]) laid[0].section = true;
    slices.push(...laid);
  }
  if (front === doc.blocks.length && pin) root.kids.push(pin.elem);
  const first = pin ? { ...frame, bottom: frame.bottom + pin.height + ctxAt(0).theme.gap * 2 } : frame;
  return { slices, pin, frames: (i) => (i === 0 ? first : frame), root };
}

const isHardBreak = (block: Block) => block.kind === 'pageBreak' && !block.soft;

/**
 * A sheet with room to spare gets larger type (up to 1.3x) instead of an empty half page: the scale is estimated
 * from how full a page is (text height grows about with the square of the scale), then stepped down until the text
 * fits on the same number of pages (rounded up to whole sheets). Sides split by hard page breaks that take one page
 * each (the handout's front and back) get a scale each, so a full back does not leave the front half empty. Text
 * that flows from page to page (the large-print handout) grows into the pages it takes at its starting size, from
 * how full they are together: a last page left mostly empty looks unfinished, a blank back does not.
 */
async function fillPages(ctx: BlockCtx, doc: DocSpec, frame: Frame, laid: Laid, base: number): Promise<Laid> {
  const ends = measure(laid.slices, laid.frames);
  const sides = doc.blocks.filter(isHardBreak).length + 1;
  const flowing = sides === 1;
  const pages = Math.min(doc.maxPages ?? Infinity, flowing ? ends.length : ends.length + (ends.length % 2));
  if (ends.length > pages) return laid;
  const fullness = ends.map((end, i) => (laid.frames(i).top - end) / (laid.frames(i).top - laid.frames(i).bottom));
  const oneSidePerPage = !flowing && ends.length === sides;
  // how full each side is (one scale per side), or the whole document is (one scale for all)
  const fill = oneSidePerPage ? fullness : [flowing ? fullness.reduce((sum, f) => sum + f, 0) / pages : Math.max(...fullness)];
  const scales = fill.map(() => base);
  let best = laid;
  for (const [side, full] of fill.entries()) {
    for (let scale = Math.min(1.3, base * Math.sqrt(1 / full)); scale > base + 0.02; scale -= 0.05) {
      const tried = await layoutAt(ctx, doc, frame, scales.map((s, i) => (i === side ? scale : s)));
      if (pagesAt(tried) <= pages) {
        scales[side] = scale;
        best = tried;
        break;
      }
    }
  }
  return best;
}

/** Pages a layout takes; a block that grew taller than its page (the first page, above a larger pinned block) never fits. */
function pagesAt(laid: Laid): number {
  try {
    return measure(laid.slices, laid.frames).length;
  } catch (error) {
    if (error instanceof PageOverflowError) return Infinity;
    throw error;
  }
}

export async function renderDocument(doc: DocSpec): Promise<Uint8Array> {
  checkMeta(doc, `Document "${doc.title}"`);
  const size = PAPER[doc.paper];
  const th = theme(doc);
  const b = await PdfBuilder.create(doc, size);
  const chrome: Run[] = [{ text: doc.runningHeader ?? '' }, { text: doc.footer?.(1, 1) ?? '' }, { text: '0123456789' }];
  await b.fonts.prepare(facesFor([...[...doc.blocks, ...(doc.pinned ? [doc.pinned] : [])].flatMap(blockRuns), ...chrome], b.fonts.chain));

  const ctx: BlockCtx = { b, theme: th, x: th.margin.side, width: size.width - 2 * th.margin.side, rtl: doc.dir === 'rtl', parent: b.tree.root };
  const frame = { top: size.height - th.margin.top, bottom: th.margin.bottom };
  const base = doc.scale ?? 1;
  let laid = await layoutAt(ctx, doc, frame, [base]);
  if (doc.fill) laid = await fillPages(ctx, doc, frame, laid, base);
  const { slices, pin, frames } = laid;
  b.tree.adopt(laid.root); // only the chosen layout's elements are in the tree
  const pages = paginate(slices, frames, () => b.addPage(), doc.fill ? th.body * 4 : 0);
  if (pin) pin.slices.reduce((top, s) => (s.draw(pages[0]!, top), top - s.height), frame.bottom + pin.height);
  if (doc.maxPages !== undefined && pages.length > doc.maxPages) {
    throw new DoesNotFitError(`Document "${doc.title}" (${doc.lang}, ${doc.paper}${doc.largePrint ? ', large print' : ''}) needs ` +
      `${pages.length} pages but maxPages is ${doc.maxPages}: shorten the content`);
  }
  drawChrome(b, th, ctx.rtl, doc.runningHeader, doc.footer);
  return b.save(specSeed(doc));
}
