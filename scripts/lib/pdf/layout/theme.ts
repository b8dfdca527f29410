// Page geometry, type sizes and colours. Without an accent colour a document is grayscale (the facilitator guide);
// the printed sheets pass one (the kit's primary colour or the community's brand colour) and use the design tokens.
import { COLOR } from '../../design/tokens.js';
import type { Paint } from '../draw/color.js';
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
  color: Palette;
}

/** ink: text; accent: headings, rules, bands (white text on it); help: the help block; tints: light panels. */
export interface Palette { ink: Paint; muted: Paint; accent: Paint; tint: Paint; help: Paint; helpTint: Paint; line: Paint }

const GRAY: Palette = { ink: 0, muted: 0.2, accent: 0, tint: 0.93, help: 0, helpTint: 0.93, line: 0.6 };

export function palette(accent?: string): Palette {
  if (!accent) return GRAY;
  const tint = accent === COLOR.primary ? COLOR.primaryTint : mix(accent, 0.12);
  return { ink: COLOR.ink, muted: COLOR.muted, accent, tint, help: COLOR.help, helpTint: COLOR.helpTint, line: COLOR.line };
}

/** `color` at `share` strength over white paper (a tint behind ink text). */
function mix(color: string, share: number): string {
  const ch = (i: number) => Math.round(255 - (255 - parseInt(color.slice(i, i + 2), 16)) * share).toString(16).padStart(2, '0');
  return `#${ch(1)}${ch(3)}${ch(5)}`;
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
    color: palette(meta.accent),
  };
}

/** Baseline offset from the top of a line box of height `lineHeight` for text of `size`. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight + size * 0.72) / 2;
}

/** The theme with its type and spacing `scale` times larger (the printed sheets fill their pages). */
export function scaled(th: Theme, scale: number): Theme {
  if (scale === 1) return th;
  const h = { 1: th.h[1] * scale, 2: th.h[2] * scale, 3: th.h[3] * scale };
  return { ...th, body: th.body * scale, small: th.small * scale, h, gap: th.gap * scale };
}
