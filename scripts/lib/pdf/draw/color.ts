// Paint for content streams: a gray level (0 black .. 1 white) or a CSS hex colour ('#0b5f73').
import { num } from './format.js';

export type Paint = number | string;

function channels(paint: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(paint);
  if (!m) throw new Error(`PDF engine: colours are #rrggbb, got "${paint}"`);
  return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
}

/** The fill (`g` / `rg`) or stroke (`G` / `RG`) colour operator. */
export function paintOp(paint: Paint, stroke = false): string {
  if (typeof paint === 'number') return `${num(paint)} ${stroke ? 'G' : 'g'}`;
  return `${channels(paint).map(num).join(' ')} ${stroke ? 'RG' : 'rg'}`;
}
