// A small picture of a PDF's first page (the kit page's handout preview), drawn with pdf.js on @napi-rs/canvas
// (Skia, prebuilt for each platform: no browser, no system tool). Fonts are drawn from the glyph outlines the PDF
// embeds, never from system fonts, so the same PDF and the same package versions give the same bytes.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PictureOptions {
  /** Width of the picture in pixels; the height follows the page. */
  width: number;
  /** JPEG quality, 0-100. */
  quality: number;
}

export async function firstPageJpeg(pdf: Uint8Array, { width, quality }: PictureOptions): Promise<Uint8Array> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const canvasContext = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    await page.render({ canvasContext, viewport, background: '#ffffff' }).promise;
    return new Uint8Array(canvas.toBuffer('image/jpeg', quality));
  } finally {
    await doc.destroy();
  }
}
