// Pagination: places slices (lines, rows, boxes) top to bottom and starts new pages as needed.
import type { PageContent } from '../draw/page.js';
import { DoesNotFitError } from '../errors.js';

export interface Slice {
  height: number;
  spaceBefore: number; // dropped at the top of a page
  keepWithNext?: boolean; // headings, first lines of paragraphs, table header rows
  pageBreak?: boolean;
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

export function paginate(slices: Slice[], frame: Frame, newPage: () => PageContent): PageContent[] {
  const pages = [newPage()];
  let y = frame.top;
  let atTop = true;
  const breakPage = () => {
    pages.push(newPage());
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
      s.repeatAtTop.draw(page, y);
      y -= s.repeatAtTop.height;
    } else if (!atTop) {
      y -= s.spaceBefore;
    }
    if (s.height > fullFrame) throw new PageOverflowError('A block is taller than a whole page (a picture or box too large)');
    s.draw(page, y);
    y -= s.height;
    atTop = false;
  });
  return pages;
}
