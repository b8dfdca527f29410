// Page geometry and type sizes. Grayscale only: black text on white, black rules and fills.
import type { DocMeta, Paper, Script } from '../types.js';

export const PAPER: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

const MM = 72 / 25.4;

export interface Theme {
  margin: { top: number; bottom: number; side: number };
  body: number;
  small: number;
  h: Record<1 | 2 | 3, number>;
  chrome: number; // running header and footer
  leading: number; // line height as a multiple of the font size
  gap: number; // space between blocks
}

/** Arabic needs room for marks above and below; Han reads better with more air. */
const LEADING: Record<Script, number> = { latin: 1.35, cyrillic: 1.35, arabic: 1.75, han: 1.6 };

export function theme(meta: DocMeta): Theme {
  const large = !!meta.largePrint;
  const body = large ? 14 : 10.5;
  return {
    // 0.75 in on Letter, 20 mm on A4: inside every office printer's unprintable edge.
    margin: meta.paper === 'letter' ? { top: 54, bottom: 54, side: 54 } : { top: 20 * MM, bottom: 20 * MM, side: 20 * MM },
    body,
    small: large ? 14 : 9,
    h: large ? { 1: 24, 2: 18, 3: 15.5 } : { 1: 19, 2: 14, 3: 12 },
    chrome: large ? 11 : 8.5,
    leading: LEADING[meta.script],
    gap: body * 0.6,
  };
}

/** Baseline offset from the top of a line box of height `lineHeight` for text of `size`. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight + size * 0.72) / 2;
}
