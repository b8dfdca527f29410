// A paragraph prepared for layout: NFC text, per-character weight and font family, bidi levels.
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { Run } from '../types.js';
import { familyFor, covers } from '../fonts/font-set.js';
import type { Family, Weight } from '../fonts/files.js';

const bidi = bidiFactory();

export interface Paragraph {
  text: string;
  bold: boolean[]; // per UTF-16 code unit
  family: Family[]; // per UTF-16 code unit
  levels: EmbeddingLevels;
  rtl: boolean; // paragraph base direction
  isolates: [number, number][]; // [start, end) of isolate spans: phone numbers and URLs, never broken
}

/** Bidi formatting characters: they steer the algorithm but are never drawn. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const COMBINING = /\p{M}/u;
const NEUTRAL = /[\p{Z}\p{P}\p{S}\p{Nd}]/u;

export function prepareParagraph(runs: Run[], chain: Family[], dir: 'ltr' | 'rtl', allBold = false): Paragraph {
  let text = '';
  const bold: boolean[] = [];
  for (const run of runs) {
    const t = run.text.normalize('NFC');
    text += t;
    for (let i = 0; i < t.length; i++) bold.push(allBold || !!run.bold);
  }
  return {
    text,
    bold,
    family: assignFamilies(text, chain),
    levels: bidi.getEmbeddingLevels(text, dir),
    rtl: dir === 'rtl',
    isolates: isolateSpans(text),
  };
}

/** Font per character: marks, controls and neutrals stay with the previous font when it has the glyph. */
export function assignFamilies(text: string, chain: Family[]): Family[] {
  const out: Family[] = [];
  let prev: Family | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let family: Family;
    if (prev && (BIDI_CONTROL.test(ch) || COMBINING.test(ch))) family = prev;
    else if (prev && NEUTRAL.test(ch) && covers(prev, cp)) family = prev;
    else if (BIDI_CONTROL.test(ch)) family = chain[0]!;
    else family = familyFor(chain, cp);
    for (let i = 0; i < ch.length; i++) out.push(family);
    prev = family;
  }
  return out;
}

/** The faces a list of runs will need (to embed them before layout). */
export function facesFor(runs: Run[], chain: Family[], allBold = false): [Family, Weight][] {
  const faces = new Map<string, [Family, Weight]>();
  for (const run of runs) {
    const weight: Weight = allBold || run.bold ? 'bold' : 'regular';
    for (const family of new Set(assignFamilies(run.text.normalize('NFC'), chain))) {
      faces.set(`${family}-${weight}`, [family, weight]);
    }
  }
  return [...faces.values()];
}

function isolateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2066 && c <= 0x2068) open.push(i);
    else if (c === 0x2069 && open.length) {
      const start = open.pop()!;
      if (!open.length) spans.push([start, i + 1]);
    }
  }
  return spans;
}

export function isRtlLevel(p: Paragraph, i: number): boolean {
  return (p.levels.levels[i]! & 1) === 1;
}

export { bidi };
