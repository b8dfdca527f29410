// Pagination: places slices (lines, rows, boxes) top to bottom and starts new pages as needed.
import type { PageContent } from '../draw/page.js';
import { DoesNotFitError } from '../errors.js';

export interface Slice {
  height: number;
  spaceBefore: number; // dropped at the top of a page
  keepWithNext?: boolean; // headings, first lines of paragraphs, table header rows
  pageBreak?: boolean;
  /** A section starts here: where a page with room to spare spreads it (paginate's `spread`). */
  section?: boolean;
  /** A later row of a list: it takes a smaller share of a page's room to spare. */
  row?: boolean;
  /** Drawn first when this slice starts a new page (a table header row repeated as an artifact). */
  repeatAtTop?: Slice;
  draw(page: PageContent, top: number): void;
}

export interface Frame { top: number; bottom: number }

/** A single block taller than a page: content that does not fit, reported like any other (errors.ts). */
export class PageOverflowError extends DoesNotFitError {}

/** Height of slice i plus every slice it is kept with. */
function chainHeight(slices: Slice[], i: number, atTop: boolean): number {
  let h = 0;
  for (let j = i; j < slices.length; j++) {
    const s = slices[j]!;
    if (s.pageBreak) break;
    h += s.height + (j === i && atTop ? 0 : s.spaceBefore);
    if (!s.keepWithNext) break;
  }
  return h;
}

/** `frames` gives each page's text frame (by page index) when pages differ (a block pinned to the first page). */
type Frames = Frame | ((page: number) => Frame);

/**
 * Places and draws the slices. With `spread` (points), a page's room to spare goes before its sections and, a third as
 * much, before the later rows of its lists (at most `spread` before a section, half that before a row), so a short
 * side looks set rather than cut off; the last page's last section takes all that is left (it sits at the foot).
 */
export function paginate(slices: Slice[], frames: Frames, newPage: () => PageContent, spread = 0): PageContent[] {
  const extra = new Map<number, number>();
  if (spread > 0) {
    const dry = flow(slices, frames, () => undefined as unknown as PageContent, false);
    dry.ends.forEach((end, page) => {
      const on = (is: (s: Slice) => boolean | undefined) => dry.placed.flatMap((p, i) => (p.page === page && !p.atTop && is(slices[i]!) ? [i] : []));
      const [starts, rows] = [on((s) => s.section), on((s) => s.row && !s.section)];
      const room = end - (typeof frames === 'function' ? frames(page) : frames).bottom - 1; // 1 pt for rounding
      const share = Math.max(0, room / (3 * starts.length + rows.length));
      for (const i of starts) extra.set(i, Math.min(spread, 3 * share));
      for (const i of rows) extra.set(i, Math.min(spread, share));
      const last = starts[starts.length - 1];
      if (page === dry.ends.length - 1 && last !== undefined) {
        const given = [...starts, ...rows].reduce((sum, i) => sum + extra.get(i)!, 0);
        extra.set(last, extra.get(last)! + Math.max(0, room - given));
      }
    });
  }
  return flow(slices, frames, newPage, true, extra).pages;
}

/** Where each page's content would end (its lowest y), without drawing anything: to choose a type scale. */
export function measure(slices: Slice[], frames: Frames): number[] {
  return flow(slices, frames, () => undefined as unknown as PageContent, false).ends;
}

interface Flowed { pages: PageContent[]; ends: number[]; placed: { page: number; atTop: boolean }[] }

function flow(slices: Slice[], frames: Frames, newPage: () => PageContent, draw: boolean, extra?: Map<number, number>): Flowed {
  const pages = [newPage()];
  const ends: number[] = [];
  const placed: Flowed['placed'] = [];
  const frameOf = typeof frames === 'function' ? frames : () => frames;
  let frame = frameOf(0);
  let y = frame.top;
  let atTop = true;
  const breakPage = () => {
    ends.push(y);
    pages.push(newPage());
    frame = frameOf(pages.length - 1);
    y = frame.top;
    atTop = true;
  };
  slices.forEach((s, i) => {
    if (s.pageBreak) {
      if (!atTop) breakPage();
      return;
    }
    const need = chainHeight(slices, i, atTop);
    const fullFrame = frame.top - frame.bottom;
    // Break if the kept-together chain does not fit, unless it could not fit on any page anyway.
    if (!atTop && y - need < frame.bottom && (need <= fullFrame || y - s.height - s.spaceBefore < frame.bottom)) {
      breakPage();
    }
    const page = pages[pages.length - 1]!;
    if (atTop && s.repeatAtTop && i > 0) {
      if (draw) s.repeatAtTop.draw(page, y);
      y -= s.repeatAtTop.height;
    } else if (!atTop) {
      y -= s.spaceBefore + (extra?.get(i) ?? 0);
    }
    placed[i] = { page: pages.length - 1, atTop };
    if (s.height > fullFrame) throw new PageOverflowError('A block is taller than a whole page (a picture or box too large)');
    if (draw) s.draw(page, y);
    y -= s.height;
    atTop = false;
  });
  ends.push(y);
  return { pages, ends, placed };
}
