// A worker thread that extracts the text layer of PDFs with pdf.js, so the post-render check runs on a second
// core while the main thread goes on rendering. Plain JavaScript: it needs no TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, a line break where pdf.js sees the end of a line. */
export async function pdfText(data) {
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

parentPort?.on('message', async ({ id, data }) => {
  try {
    parentPort.postMessage({ id, text: await pdfText(data) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
