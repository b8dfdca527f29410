// renderDocument: a multi-page flowing document (handout, facilitator guide).
import { PdfBuilder } from './draw/builder.js';
import { facesFor } from './text/paragraph.js';
import { blockRuns, layoutBlocks } from './layout/blocks.js';
import { drawChrome } from './layout/chrome.js';
import { paginate } from './layout/flow.js';
import { PAPER, theme } from './layout/theme.js';
import { specSeed } from './seed.js';
import type { DocSpec, Run } from './types.js';
import { checkMeta } from './validate.js';
import { DoesNotFitError } from './errors.js';

export async function renderDocument(doc: DocSpec): Promise<Uint8Array> {
  checkMeta(doc, `Document "${doc.title}"`);
  const size = PAPER[doc.paper];
  const th = theme(doc);
  const b = await PdfBuilder.create(doc, size);
  const chrome: Run[] = [{ text: doc.runningHeader ?? '' }, { text: doc.footer?.(1, 1) ?? '' }, { text: '0123456789' }];
  await b.fonts.prepare(facesFor([...doc.blocks.flatMap(blockRuns), ...chrome], b.fonts.chain));

  const ctx = { b, theme: th, x: th.margin.side, width: size.width - 2 * th.margin.side, rtl: doc.dir === 'rtl', parent: b.tree.root };
  const slices = await layoutBlocks(ctx, doc.blocks);
  const pages = paginate(slices, { top: size.height - th.margin.top, bottom: th.margin.bottom }, () => b.addPage());
  if (doc.maxPages !== undefined && pages.length > doc.maxPages) {
    throw new DoesNotFitError(`Document "${doc.title}" (${doc.lang}, ${doc.paper}${doc.largePrint ? ', large print' : ''}) needs ` +
      `${pages.length} pages but maxPages is ${doc.maxPages}: shorten the content`);
  }
  drawChrome(b, th, ctx.rtl, doc.runningHeader, doc.footer);
  return b.save(specSeed(doc));
}
