// Content stream of one page: marked content (tags or artifacts), text lines, rectangles, images.
import type { TextLine } from '../text/line.js';
import { num } from './format.js';
import { paintOp, type Paint } from './color.js';
import { iconOps } from './icons.js';
import type { StructElem, StructTree } from './tags.js';

export type ArtifactKind = 'Layout' | 'Pagination';

export class PageContent {
  private ops: string[] = [];
  private nextMcid = 0;
  constructor(readonly index: number, readonly width: number, readonly height: number,
    private readonly tree: StructTree) {}

  /** Content that belongs to a structure element (gets an MCID). */
  tagged(elem: StructElem, draw: () => void): void {
    const mcid = this.nextMcid++;
    this.tree.link(elem, this.index, mcid);
    this.ops.push(`/${elem.type} <</MCID ${mcid}>> BDC\n`);
    draw();
    this.ops.push('EMC\n');
  }

  /** Content that is not part of the document's text: decoration, running header/footer, crop marks. */
  artifact(kind: ArtifactKind, draw: () => void, subtype?: 'Header' | 'Footer'): void {
    const props = subtype ? `<</Type /${kind} /Subtype /${subtype}>>` : `<</Type /${kind}>>`;
    this.ops.push(`/Artifact ${props} BDC\n`);
    draw();
    this.ops.push('EMC\n');
  }

  /** A shaped line with its baseline origin at (x, y); `rotate` in degrees (90 = reads bottom to top). */
  text(line: TextLine, x: number, y: number, gray: Paint = 0, rotate = 0): void {
    if (!line.ops) return;
    const rad = (rotate * Math.PI) / 180;
    const [c, s] = [Math.cos(rad), Math.sin(rad)];
    const tm = `${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(x)} ${num(y)} Tm`;
    this.ops.push(`BT ${paintOp(gray)} ${tm}\n${line.ops}ET\n`);
  }

  fillRect(x: number, y: number, w: number, h: number, gray: Paint = 0): void {
    this.ops.push(`${paintOp(gray)} ${num(x)} ${num(y)} ${num(w)} ${num(h)} re f\n`);
  }

  strokeRect(x: number, y: number, w: number, h: number, lineWidth: number, gray: Paint = 0): void {
    this.ops.push(`${paintOp(gray, true)} ${num(lineWidth)} w ${num(x)} ${num(y)} ${num(w)} ${num(h)} re S\n`);
  }

  line(x1: number, y1: number, x2: number, y2: number, lineWidth: number, dash?: number[], paint: Paint = 0): void {
    const d = dash ? `[${dash.map(num).join(' ')}] 0 d` : '[] 0 d';
    this.ops.push(`${paintOp(paint, true)} ${num(lineWidth)} w ${d} ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S [] 0 d\n`);
  }

  /** A filled circle (four Bézier arcs) centred at (cx, cy). */
  disc(cx: number, cy: number, r: number, paint: Paint): void {
    const k = r * 0.5523;
    const p = (x: number, y: number) => `${num(cx + x)} ${num(cy + y)}`;
    this.ops.push(`${paintOp(paint)} ${p(r, 0)} m ${p(r, k)} ${p(k, r)} ${p(0, r)} c ${p(-k, r)} ${p(-r, k)} ${p(-r, 0)} c ` +
      `${p(-r, -k)} ${p(-k, -r)} ${p(0, -r)} c ${p(k, -r)} ${p(r, -k)} ${p(r, 0)} c f\n`);
  }

  /** A pictogram (a lucide icon name) `size` points square with its top-left corner at (x, top), stroked only. */
  icon(name: string, x: number, top: number, size: number, paint: Paint): void {
    this.ops.push(iconOps(name, x, top, size, paintOp(paint, true)));
  }

  /** Raw operators (already balanced). */
  raw(ops: string): void {
    this.ops.push(ops);
  }

  image(name: string, x: number, y: number, w: number, h: number): void {
    this.ops.push(`q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /${name} Do Q\n`);
  }

  toString(): string {
    return this.ops.join('');
  }
}
