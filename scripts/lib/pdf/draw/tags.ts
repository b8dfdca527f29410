// The logical structure tree (tagged PDF): elements, marked-content ids per page, ParentTree.
import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFContext, type PDFRef } from 'pdf-lib';

export type StructType =
  | 'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Span';

export interface ElemOptions {
  alt?: string; // Figure: the text alternative
  bbox?: [number, number, number, number]; // Figure: where it is on its page
  scope?: 'Column' | 'Row'; // TH
  lang?: string;
}

interface ContentRef { page: number; mcid: number }

export class StructElem {
  readonly kids: (StructElem | ContentRef)[] = [];
  constructor(readonly type: StructType, public parent: StructElem | undefined, readonly options: ElemOptions = {}) {}

  /** Elements without any marked content are dropped (an empty tag helps no one). */
  hasContent(): boolean {
    return this.kids.some((k) => !(k instanceof StructElem) || k.hasContent());
  }
}

export class StructTree {
  readonly root = new StructElem('Document', undefined);
  private readonly parentTree: StructElem[][] = [];

  add(parent: StructElem, type: StructType, options?: ElemOptions): StructElem {
    const elem = new StructElem(type, parent, options);
    parent.kids.push(elem);
    return elem;
  }

  /** Moves the elements under a detached element (a layout that was tried, then chosen) to the document root. */
  adopt(detached: StructElem): void {
    for (const kid of detached.kids) {
      if (!(kid instanceof StructElem)) continue;
      kid.parent = this.root;
      this.root.kids.push(kid);
    }
  }

  /** Records that marked content `mcid` on `page` belongs to `elem`. */
  link(elem: StructElem, page: number, mcid: number): void {
    elem.kids.push({ page, mcid });
    (this.parentTree[page] ??= [])[mcid] = elem;
  }

  /** Writes the tree; returns the StructTreeRoot reference for the catalog. */
  write(context: PDFContext, pageRefs: PDFRef[]): PDFRef {
    const refs = new Map<StructElem, PDFRef>();
    const rootRef = context.nextRef();
    this.allocate(this.root, context, refs);
    for (const [elem, ref] of refs) context.assign(ref, this.elemDict(context, elem, refs, pageRefs, rootRef));
    const nums: unknown[] = [];
    pageRefs.forEach((_, page) => {
      nums.push(page, (this.parentTree[page] ?? []).map((e) => refs.get(e)!));
    });
    const parentTree = context.register(context.obj({ Nums: nums as never }));
    context.assign(rootRef, context.obj({
      Type: 'StructTreeRoot',
      K: refs.get(this.root)!,
      ParentTree: parentTree,
      ParentTreeNextKey: pageRefs.length,
    }));
    return rootRef;
  }

  private allocate(elem: StructElem, context: PDFContext, refs: Map<StructElem, PDFRef>): void {
    if (!elem.hasContent()) return;
    refs.set(elem, context.nextRef());
    for (const kid of elem.kids) if (kid instanceof StructElem) this.allocate(kid, context, refs);
  }

  private elemDict(context: PDFContext, elem: StructElem, refs: Map<StructElem, PDFRef>, pageRefs: PDFRef[],
    rootRef: PDFRef): PDFDict {
    const kids = PDFArray.withContext(context);
    for (const kid of elem.kids) {
      if (kid instanceof StructElem) {
        const ref = refs.get(kid);
        if (ref) kids.push(ref);
      } else {
        kids.push(context.obj({ Type: 'MCR', Pg: pageRefs[kid.page]!, MCID: kid.mcid }));
      }
    }
    const dict = context.obj({ Type: 'StructElem', S: elem.type, P: elem.parent ? refs.get(elem.parent)! : rootRef });
    dict.set(PDFName.of('K'), kids);
    const { alt, bbox, scope, lang } = elem.options;
    if (alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt));
    if (lang) dict.set(PDFName.of('Lang'), PDFHexString.fromText(lang));
    if (bbox) dict.set(PDFName.of('A'), context.obj({ O: 'Layout', BBox: bbox, Placement: 'Block' }));
    if (scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: scope }));
    const page = firstPage(elem);
    if (page !== undefined) dict.set(PDFName.of('Pg'), pageRefs[page]!);
    return dict;
  }
}

function firstPage(elem: StructElem): number | undefined {
  for (const kid of elem.kids) if (!(kid instanceof StructElem)) return kid.page;
  return undefined;
}
