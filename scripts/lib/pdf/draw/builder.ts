// A tagged, reproducible PDF under construction: metadata, fonts, pages, images, structure tree.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { FontSet } from '../fonts/font-set.js';
import type { DocMeta } from '../types.js';
import { PageContent } from './page.js';
import { StructTree } from './tags.js';

export interface Size { width: number; height: number }

/** SOURCE_DATE_EPOCH if set (reproducible builds), otherwise a fixed date: never the clock. */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(2000, 0, 1));
}

export class PdfBuilder {
  readonly tree = new StructTree();
  readonly pages: PageContent[] = [];
  private readonly images = new Map<string, PDFRef>();
  private readonly embedded = new Map<Uint8Array, { name: string; width: number; height: number }>();

  private constructor(readonly doc: PDFDocument, readonly fonts: FontSet, readonly meta: DocMeta,
    readonly size: Size) {}

  static async create(meta: DocMeta, size: Size): Promise<PdfBuilder> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    return new PdfBuilder(doc, new FontSet(doc, meta.script), meta, size);
  }

  addPage(): PageContent {
    const page = new PageContent(this.pages.length, this.size.width, this.size.height, this.tree);
    this.pages.push(page);
    return page;
  }

  /** Embeds a PNG or JPEG once; returns its resource name and pixel size. */
  async image(data: Uint8Array): Promise<{ name: string; width: number; height: number }> {
    const known = this.embedded.get(data); // a layout tried again at another size draws the same image
    if (known) return known;
    const isPng = data[0] === 0x89 && data[1] === 0x50;
    const isJpg = data[0] === 0xff && data[1] === 0xd8;
    if (!isPng && !isJpg) throw new Error('Image block: data must be a PNG or JPEG file');
    const img = isPng ? await this.doc.embedPng(data) : await this.doc.embedJpg(data);
    const name = `Im${this.images.size + 1}`;
    this.images.set(name, img.ref);
    const result = { name, width: img.width, height: img.height };
    this.embedded.set(data, result);
    return result;
  }

  /** Writes pages, structure and metadata; `seed` makes the document /ID deterministic. */
  async save(seed: string): Promise<Uint8Array> {
    const { doc } = this;
    const ctx = doc.context;
    const resources = ctx.register(ctx.obj({
      Font: Object.fromEntries(this.fonts.all().map((f) => [f.key, f.pdfFont.ref])),
      XObject: Object.fromEntries(this.images),
    }));
    const pageRefs = this.pages.map((content, i) => {
      const page = doc.addPage([this.size.width, this.size.height]);
      page.node.set(PDFName.of('Resources'), resources);
      page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(content.toString())));
      page.node.set(PDFName.of('StructParents'), ctx.obj(i));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      return page.ref;
    });
    const catalog = doc.catalog;
    catalog.set(PDFName.of('StructTreeRoot'), this.tree.write(ctx, pageRefs));
    catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    this.setMetadata();
    const id = createHash('sha256').update(seed).digest('hex').slice(0, 32).toUpperCase();
    ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id), PDFHexString.of(id)]);
    return doc.save({ updateFieldAppearances: false, addDefaultPage: false });
  }

  private setMetadata(): void {
    const { doc, meta } = this;
    const date = buildDate();
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.lang);
    if (meta.subject) doc.setSubject(meta.subject);
    doc.setCreator('workshop-kit');
    doc.setProducer('workshop-kit (pdf-lib)');
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
}
