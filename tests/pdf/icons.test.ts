// Every pictogram the handouts name draws as a finite path (lucide's compact arc flags and line attributes parsed).
import { describe, expect, it } from 'vitest';
import { iconOps } from '../../scripts/lib/pdf/draw/icons.js';
import { allListIcons } from '../../scripts/outputs/handout/icons.js';

const names = [...new Set([...allListIcons(), 'phone'])];

describe('pictograms', () => {
  it.each(names)('%s', (name) => {
    const ops = iconOps(name, 10, 100, 14, '0 G');
    expect(ops).not.toMatch(/NaN|undefined|Infinity/);
    expect(ops).toMatch(/ [lc]\n/);
    // every point stays in the icon's 24 x 24 box: a shape drawn relative to the wrong origin lands outside it
    const points = ops.split('\n').slice(1).filter((line) => /[mlc]$/.test(line)).flatMap((line) => line.split(' ').slice(0, -1).map(Number));
    expect(Math.min(...points), name).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...points), name).toBeLessThanOrEqual(24.5);
    // compact: points at two decimals of the box, no move straight followed by another (pdf-lib wrote 17 digits)
    const path = ops.split('\n').slice(1, -2);
    expect(path.filter((line) => /\.\d{3}/.test(line)), name).toEqual([]);
    expect(path.some((line, i) => line.endsWith(' m') && path[i + 1]?.endsWith(' m')), name).toBe(false);
  });
});
