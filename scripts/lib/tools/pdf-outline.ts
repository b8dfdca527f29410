// The bookmarks (document outline) of a PDF made elsewhere, replaced by a flat list of our own: Chromium makes one
// per heading, a facilitator wants one per module.
import { PDFDict, PDFHexString, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';

/** A bookmark to the top of a page (0-based). */
export interface Bookmark { title: string; page: number }

export function replaceOutline(doc: PDFDocument, bookmarks: Bookmark[]): void {
  removeOutline(doc);
  const pages = doc.getPages();
  const marks = bookmarks.filter((b) => pages[b.page]);
  if (marks.length === 0) return;
  const ctx = doc.context;
  const root = ctx.nextRef();
  const refs = marks.map(() => ctx.nextRef());
  marks.forEach((mark, i) => {
    const item = ctx.obj({ Title: PDFHexString.fromText(mark.title), Parent: root, Dest: [pages[mark.page]!.ref, 'Fit'] });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines')); // open with the bookmarks showing
}

/** Deletes the outline and every item in it, so no orphaned objects are left in the file. */
function removeOutline(doc: PDFDocument): void {
  const root = doc.catalog.get(PDFName.of('Outlines'));
  doc.catalog.delete(PDFName.of('Outlines'));
  const stack = root instanceof PDFRef ? [root] : [];
  const seen = new Set<string>();
  for (let ref = stack.pop(); ref; ref = stack.pop()) {
    if (seen.has(ref.toString())) continue;
    seen.add(ref.toString());
    const item = doc.context.lookup(ref);
    if (item instanceof PDFDict) {
      for (const key of ['First', 'Next']) {
        const next = item.get(PDFName.of(key));
        if (next instanceof PDFRef) stack.push(next);
      }
    }
    doc.context.delete(ref);
  }
}
