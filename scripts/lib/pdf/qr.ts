// Vector QR code: dark modules as rectangles, horizontal runs merged into one rectangle each.
import QRCode from 'qrcode';
import { num } from './draw/format.js';

export interface QrRect { x: number; y: number; w: number; h: number } // in modules, y down from the top

// Wallet cards draw the same code ten times: build each matrix once.
const cache = new Map<string, { count: number; rects: QrRect[] }>();

export function qrRects(text: string): { count: number; rects: QrRect[] } {
  const hit = cache.get(text);
  if (hit) return hit;
  if (cache.size > 100) cache.clear();
  const result = buildRects(text);
  cache.set(text, result);
  return result;
}

function buildRects(text: string): { count: number; rects: QrRect[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const rects: QrRect[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) { x++; continue; }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      rects.push({ x: start, y, w: x - start, h: 1 });
    }
  }
  return { count: n, rects };
}

/** Content operators drawing the code with its top-left corner at (x, top), `size` points wide. */
export function qrOps(text: string, x: number, top: number, size: number): string {
  const { count, rects } = qrRects(text);
  const m = size / count;
  const parts = rects.map((r) => `${num(x + r.x * m)} ${num(top - (r.y + 1) * m)} ${num(r.w * m)} ${num(m)} re`);
  return `0 g\n${parts.join('\n')}\nf\n`;
}
