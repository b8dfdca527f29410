// Greedy line filling over UAX #14 break opportunities (the `linebreak` package).
import LineBreaker from 'linebreak';
import type { Font } from 'fontkit';
import type { Family, Weight } from '../fonts/files.js';
import type { Paragraph } from './paragraph.js';
import { drawableText, emWidth, itemsOf } from './shape.js';

export type FontOf = (family: Family, weight: Weight) => Font;
export interface LineRange { start: number; end: number; width: number } // end excludes trailing spaces

export function measure(p: Paragraph, fontOf: FontOf, size: number, start: number, end: number): number {
  let w = 0;
  for (const it of itemsOf(p, start, end)) {
    w += emWidth(fontOf(it.family, it.weight), drawableText(p, it.start, it.end), it.rtl);
  }
  return w * size;
}

/**
 * Break opportunities, except inside isolates (phone numbers and URLs stay on one line if they fit) and between
 * digit groups a space or hyphen apart ("03 9345 1800", "(202) 555-0199": half a number would read as another).
 */
function breaks(p: Paragraph): { pos: number; required: boolean }[] {
  const out: { pos: number; required: boolean }[] = [];
  const breaker = new LineBreaker(p.text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const pos = b.position;
    const inside = p.isolates.some(([s, e]) => pos > s && pos < e) || /[\d)][ -]$/.test(p.text.slice(pos - 2, pos)) && /^\d/.test(p.text.slice(pos, pos + 1));
    if (!inside || b.required) out.push({ pos: b.position, required: b.required });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A line width, or each line's width by its index (lines beside a picture are narrower). */
export type LineWidth = number | ((line: number) => number);

export function wrap(p: Paragraph, fontOf: FontOf, size: number, lineWidth: LineWidth): LineRange[] {
  const lines: LineRange[] = [];
  const widthAt = typeof lineWidth === 'number' ? () => lineWidth : lineWidth;
  const width = (s: number, e: number) => measure(p, fontOf, size, s, e);
  let lineStart = 0, acc = 0, lineEnd = 0, filled = 0, segStart = 0;
  for (const b of breaks(p)) {
    const tEnd = trimEnd(p.text, segStart, b.pos);
    let wTrim = width(segStart, tEnd);
    if (acc + wTrim > widthAt(lines.length) && segStart > lineStart) {
      lines.push({ start: lineStart, end: lineEnd, width: filled });
      lineStart = segStart;
      acc = 0;
    }
    if (acc === 0 && wTrim > widthAt(lines.length)) {
      lineStart = splitLong(p, width, lineStart, tEnd, widthAt, lines);
      wTrim = width(lineStart, tEnd);
    }
    filled = acc + wTrim;
    acc = filled + width(tEnd, b.pos);
    lineEnd = tEnd;
    segStart = b.pos;
    if (b.required) {
      lines.push({ start: lineStart, end: lineEnd, width: filled });
      lineStart = segStart;
      acc = 0;
    }
  }
  if (segStart > lineStart || lines.length === 0) lines.push({ start: lineStart, end: lineEnd, width: filled });
  return lines;
}

/** Last resort for a segment wider than the line (a long isolate, a long URL): cut after a space if
 * there is one (a Latin phrase in an isolate), else between characters. Returns where the rest starts. */
function splitLong(p: Paragraph, width: (s: number, e: number) => number, start: number, end: number,
  widthAt: (line: number) => number, lines: LineRange[]): number {
  let s = start;
  while (width(s, end) > widthAt(lines.length)) {
    const maxWidth = widthAt(lines.length);
    let e = nextChar(p.text, s);
    while (e < end && width(s, nextChar(p.text, e)) <= maxWidth) e = nextChar(p.text, e);
    if (e < end) e = afterLastSpace(p.text, s, e) ?? e;
    const lineEnd = trimEnd(p.text, s, e);
    lines.push({ start: s, end: lineEnd, width: width(s, lineEnd) });
    s = e;
  }
  return s;
}

/** The position just after the last white space in (s, e], if any text comes before it. */
function afterLastSpace(text: string, s: number, e: number): number | undefined {
  for (let k = e; k > s + 1; k--) {
    if (/\s/.test(text[k - 1]!) && trimEnd(text, s, k) > s) return k;
  }
  return undefined;
}

function nextChar(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  return i + (cp > 0xffff ? 2 : 1);
}
