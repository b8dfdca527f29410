// Shrink-to-fit for fixed boxes (wallet cards, tear-off tabs): the largest size at which text fits.
import type { FontSet } from '../fonts/font-set.js';
import type { Run } from '../types.js';
import { layoutRuns, type Lines } from './text.js';

export interface FitBlock { runs: Run[]; scale: number; bold?: boolean } // scale: size relative to the base size

/** Lays out the blocks at base sizes from `max` down to `min` (0.25 pt steps); null if nothing fits. */
export function fitText(fonts: FontSet, blocks: FitBlock[], opts: { width: number; height: number; max: number;
  min: number; leading: number; rtl: boolean; oneLine?: boolean }): Lines[] | null {
  for (let size = opts.max; size >= opts.min; size -= 0.25) {
    const laid = blocks.map((b) => layoutRuns(fonts, b.runs, { size: size * b.scale, leading: opts.leading, bold: b.bold, rtl: opts.rtl }, opts.width));
    const height = laid.reduce((h, l) => h + l.lines.length * l.lineHeight, 0);
    const oneLineOk = !opts.oneLine || laid.every((l) => l.lines.length <= 1);
    if (height <= opts.height && oneLineOk) return laid;
  }
  return null;
}
