// renderFlyer: poster on the upper part of the page, a row of tear-off tabs at the bottom.
// Tabs carry the hotline in rotated text (reads bottom to top); the first tab is tagged, copies are artifacts.
import { PdfBuilder } from './draw/builder.js';
import type { PageContent } from './draw/page.js';
import type { StructElem } from './draw/tags.js';
import { blockRuns, layoutBlocks } from './layout/blocks.js';
import { headingSlices } from './layout/blocks-text.js';
import type { BlockCtx } from './layout/context.js';
import { drawChrome } from './layout/chrome.js';
import { fitText } from './layout/fit.js';
import { measure, paginate, type Slice } from './layout/flow.js';
import type { Lines } from './layout/text.js';
import { PAPER, baselineOffset, scaled, theme } from './layout/theme.js';
import { bannerSlices } from './layout/blocks-design.js';
import { facesFor } from './text/paragraph.js';
import { specSeed } from './seed.js';
import type { FlyerSpec } from './types.js';
import { checkMeta } from './validate.js';
import { DoesNotFitError } from './errors.js';

const TAB_HEIGHT = 2.3 * 72;
const BOTTOM = 0.35 * 72; // tabs run close to the paper edge, inside the printable area
const PAD = 6;

export async function renderFlyer(spec: FlyerSpec): Promise<Uint8Array> {
  checkMeta(spec, `Flyer "${spec.title}"`);
  if (!spec.tabLines.length) throw new Error(`Flyer "${spec.title}": tabLines is empty (the tabs carry the hotline)`);
  const size = PAPER[spec.paper];
  const th = theme(spec);
  const b = await PdfBuilder.create(spec, size);
  const tabRuns = spec.tabLines.flatMap((text) => [{ text }, { text, bold: true }]);
  await b.fonts.prepare(facesFor([{ text: spec.headline, bold: true }, ...spec.blocks.flatMap(blockRuns), ...tabRuns, { text: spec.note ?? '' }], b.fonts.chain));
  const rtl = spec.dir === 'rtl';
  const tabTop = BOTTOM + TAB_HEIGHT;
  const frame = { top: size.height - th.margin.top, bottom: tabTop + th.body * 2 };
  // Poster type: the largest text (up to 1.5x the handout's) that fits above the tabs, the headline about twice
  // the handout's title on a band in the accent colour. Elements of a size not taken stay empty and are dropped.
  let slices: Slice[] = [];
  for (const scale of [1.5, 1.35, 1.2, 1.05, 1]) {
    const poster = scaled(th, scale);
    const ctx: BlockCtx = { b, theme: { ...poster, h: { ...poster.h, 1: th.h[1] * 1.9 } }, x: th.margin.side, width: size.width - 2 * th.margin.side, rtl, parent: b.tree.root };
    const headline = th.color.accent !== 0 ? bannerSlices(ctx, spec.headline) : headingSlices(ctx, 1, spec.headline);
    slices = [...headline, ...(await layoutBlocks(ctx, spec.blocks))];
    if (measure(slices, frame).length === 1) break;
  }
  // The last block (the help block) sits at the foot of the poster, just above the tabs.
  const last = slices[slices.length - 1];
  if (last && spec.blocks[spec.blocks.length - 1]?.kind === 'help') last.section = true;
  let page: PageContent | undefined;
  paginate(slices, frame, () => {
    if (page) throw new DoesNotFitError(`Flyer "${spec.title}" (${spec.lang}, ${spec.paper}): the headline and blocks do not fit above the tear-off tabs: shorten the text`);
    return (page = b.addPage());
  }, Infinity);
  drawTabs(b, page!, spec, size.width);
  drawChrome(b, th, rtl, spec.note); // in the margin, so it never takes room from the poster
  return b.save(specSeed(spec));
}

function drawTabs(b: PdfBuilder, page: PageContent, spec: FlyerSpec, pageWidth: number): void {
  const count = spec.tabCount ?? (spec.largePrint ? 6 : 8);
  const side = theme(spec).margin.side * 0.5;
  const tabW = (pageWidth - 2 * side) / count;
  const fit = (large: boolean) => fitText(b.fonts, spec.tabLines.map((text, i) => ({ runs: [{ text }], scale: i === 0 ? 1 : 1.1, bold: i > 0 })), {
    width: TAB_HEIGHT - 2 * PAD, height: tabW - 2 * PAD, max: large ? 16 : 12, min: large ? 11 : 7,
    leading: 1.2, rtl: spec.dir === 'rtl', oneLine: true,
  });
  // Tabs are a fixed size: in large print, long lines (e.g. Arabic labels) fall back to the standard sizes.
  const lines = fit(!!spec.largePrint) ?? (spec.largePrint ? fit(false) : undefined);
  if (!lines) {
    throw new DoesNotFitError(`Flyer "${spec.title}" (${spec.lang}): ${spec.tabLines.length} tab lines do not fit on ${count} tabs: ` +
      'use fewer or shorter lines, or fewer tabs (tabCount)');
  }
  const div = b.tree.add(b.tree.root, 'Div');
  const elems = lines.map(() => b.tree.add(div, 'P'));
  for (let t = 0; t < count; t++) drawTab(page, lines, side + t * tabW, tabW, t === 0 ? elems : undefined);
  page.artifact('Layout', () => {
    page.line(side, BOTTOM + TAB_HEIGHT, pageWidth - side, BOTTOM + TAB_HEIGHT, 0.75, [4, 3]);
    for (let t = 0; t <= count; t++) page.line(side + t * tabW, BOTTOM, side + t * tabW, BOTTOM + TAB_HEIGHT, 0.75, [4, 3]);
  });
}

/** Lines rotated 90°: the first line nearest the tab's left edge, each centred along the tab. */
function drawTab(page: PageContent, lines: Lines[], x: number, tabW: number, elems?: StructElem[]): void {
  const used = lines.reduce((w, l) => w + l.lineHeight, 0);
  let left = x + (tabW - used) / 2;
  lines.forEach((l, k) => {
    const line = l.lines[0];
    if (!line) return;
    const baselineX = left + baselineOffset(l.size, l.lineHeight);
    const y = BOTTOM + (TAB_HEIGHT - line.width) / 2;
    const draw = () => page.text(line, baselineX, y, 0, 90);
    if (elems) page.tagged(elems[k]!, draw);
    else page.artifact('Layout', draw);
    left += l.lineHeight;
  });
}
