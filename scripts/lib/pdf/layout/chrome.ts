// Running header and footer: pagination artifacts, small gray-black text outside the text frame.
import type { PdfBuilder } from '../draw/builder.js';
import { layoutRuns } from './text.js';
import type { Theme } from './theme.js';
import { baselineOffset } from './theme.js';

export function drawChrome(b: PdfBuilder, th: Theme, rtl: boolean, header?: string,
  footer?: (page: number, pages: number) => string): void {
  const { width, height } = b.size;
  const x = th.margin.side;
  const w = width - 2 * x;
  const style = { size: th.chrome, leading: 1.2, rtl };
  const total = b.pages.length;
  b.pages.forEach((page, i) => {
    const texts: [string | undefined, number, 'Header' | 'Footer'][] = [
      [header, height - th.margin.top + th.chrome * 2.2, 'Header'],
      [footer?.(i + 1, total), th.margin.bottom - th.chrome * 1.6, 'Footer'],
    ];
    for (const [text, top, kind] of texts) {
      if (!text) continue;
      const lines = layoutRuns(b.fonts, [{ text }], style, w);
      const line = lines.lines[0];
      if (!line) continue;
      const lx = rtl ? x + w - line.width : x;
      page.artifact('Pagination', () => page.text(line, lx, top - baselineOffset(lines.size, lines.lineHeight), 0.15), kind);
    }
  });
}
