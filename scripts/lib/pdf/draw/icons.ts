// Pictograms from lucide-static (24 x 24, stroke only, round caps and joins), drawn as vector paths: the SVG's
// circles, rectangles, lines and polylines are turned into one path, then into PDF operators once per icon.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { svgPathToOperators } from 'pdf-lib/cjs/api/svgPath.js';
import { num } from './format.js';

const ICONS = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');
const cache = new Map<string, string>();

function attrs(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** Arc flags written without separators ("a2 2 0 00-2-2"), which pdf-lib's path parser misreads, spelt out. */
function spellArcs(d: string): string {
  return d.replace(/([aA])([^a-zA-Z]*)/g, (_, cmd: string, args: string) => {
    const out: string[] = [];
    let rest = args;
    for (let k = 0; (rest = rest.replace(/^[\s,]+/, '')); k++) {
      const m = k % 7 === 3 || k % 7 === 4 ? /^[01]/.exec(rest) : /^[+-]?(\d*\.\d+|\d+\.?)(e[+-]?\d+)?/i.exec(rest);
      if (!m) break;
      out.push(m[0]);
      rest = rest.slice(m[0].length);
    }
    return `${cmd}${out.join(' ')}`;
  });
}

function arcs(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;
}

function rect(a: Record<string, number>): string {
  const { x = 0, y = 0, width: w = 0, height: h = 0 } = a;
  const r = Math.min(a.rx ?? a.ry ?? 0, w / 2, h / 2);
  if (!r) return `M${x} ${y}h${w}v${h}h${-w}z`;
  return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${2 * r - w}` +
    `a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - h}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

/** One SVG path for every shape of the icon. */
export function iconPath(name: string): string {
  const svg = readFileSync(join(ICONS, `${name}.svg`), 'utf8');
  return [...svg.matchAll(/<(path|circle|ellipse|line|polyline|polygon|rect)\b([^>]*)\/?>/g)].map(([, kind, body]) => {
    const a = attrs(body!);
    const n = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Number(v)]));
    switch (kind) {
      // each SVG path starts from the origin, so a first relative "m" is absolute; joined, it would be relative to
      // the previous shape's end (school.svg's roof and walls were drawn off to one side)
      case 'path': return `M0 0${spellArcs(a.d!)}`;
      case 'circle': return arcs(n.cx!, n.cy!, n.r!, n.r!);
      case 'ellipse': return arcs(n.cx!, n.cy!, n.rx!, n.ry!);
      case 'line': return `M${n.x1} ${n.y1}L${n.x2} ${n.y2}`;
      case 'rect': return rect(n);
      default: return `M${a.points!.trim().split(/[\s,]+/).reduce((s, v, i) => s + (i % 2 ? ',' : i ? 'L' : '') + v, '')}${kind === 'polygon' ? 'z' : ''}`;
    }
  }).join('');
}

function unitOps(name: string): string {
  let ops = cache.get(name);
  if (!ops) {
    ops = compact(svgPathToOperators(iconPath(name)).map((op) => op.toString()));
    cache.set(name, ops);
  }
  return ops;
}

/**
 * pdf-lib writes the arcs' points with 17 digits and the joins' "0 0 m" as moves of their own: at two decimals of
 * the 24-unit box (under 0.01 pt on paper) and without a move straight followed by another, the pictograms of a
 * handout take about half the bytes and draw the same.
 */
function compact(ops: string[]): string {
  const short = ops.map((op) => op.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100).replace(/^-0$/, '0')));
  return short.filter((op, i) => !(op.endsWith(' m') && short[i + 1]?.endsWith(' m'))).join('\n');
}

/** Operators drawing the icon `size` points square, top-left corner at (x, top), with a stroke colour operator. */
export function iconOps(name: string, x: number, top: number, size: number, strokeOp: string): string {
  const s = size / 24;
  return `q ${strokeOp} 1 J 1 j 2 w ${num(s)} 0 0 ${num(-s)} ${num(x)} ${num(top)} cm\n${unitOps(name)}\nS Q\n`;
}
