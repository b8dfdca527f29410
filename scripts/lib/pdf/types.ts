// Public types of the PDF engine (see index.ts for the functions).
export type Paper = 'letter' | 'a4';
export type Script = 'latin' | 'arabic' | 'han' | 'cyrillic';
export interface Run { text: string; bold?: boolean }
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; small?: boolean }
  | { kind: 'list'; ordered?: boolean; items: Run[][]; small?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] } // widths: fractions summing to 1
  | { kind: 'callout'; title: string; lines: Run[][] } // the hotline block: must stand out, grayscale-safe
  | { kind: 'image'; data: Uint8Array; alt: string; maxWidth: number; maxHeight: number } // PNG or JPG, points
  | { kind: 'qr'; url: string; alt: string; size: number } // vector QR, size in points
  | { kind: 'beside'; picture: Picture; blocks: Block[] } // a picture at the start side, the blocks in the column next to it
  // soft: only marks where the front's blocks end (the pinned block is read there); the text flows on, no new page
  | { kind: 'pageBreak'; soft?: boolean }
  // The printed sheets' designed blocks (layout/blocks-design.ts): a coloured title band, a list with a pictogram
  // (a lucide-static icon name) per item in one or two columns, and the help block with its captioned QR code.
  | { kind: 'banner'; title: string; subtitle?: string }
  | { kind: 'iconList'; items: Run[][]; icons: string[]; columns?: 1 | 2 }
  | { kind: 'help'; title: string; lines: Run[][]; qr?: HelpQr; large?: boolean }
  // A question on a printed form: tick boxes with labels, or `writeIn` empty boxes for a short code (blocks-form.ts).
  | { kind: 'question'; number?: string; prompt: Run[]; note?: string; choices: string[]; writeIn?: number };
export interface HelpQr { url: string; alt: string; caption: string }
/** A PNG or JPG with its text alternative; width in points (at most half the column). */
export interface Picture { data: Uint8Array; alt: string; width: number }
export interface DocMeta {
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  script: Script;
  paper: Paper;
  largePrint?: boolean;
  subject?: string;
  /** #rrggbb for headings, rules and bands (white text on it); without it the document is grayscale. */
  accent?: string;
}
export interface DocSpec extends DocMeta {
  blocks: Block[];
  runningHeader?: string; // printed on every page (as an artifact)
  footer?: (page: number, pages: number) => string; // e.g. "Page 2 of 9 · draft translation"
  maxPages?: number; // throw a clear Error if the content does not fit (handouts: 2 = front and back)
  /** Drawn at the bottom of the first page, always in the same place (the help block); read after that page's blocks. */
  pinned?: Block;
  /** Larger type (up to 1.3x) when the text leaves pages half empty (the printed sheets). */
  fill?: boolean;
  /** The type scale the layout starts from (the large-print handout: body 16 pt and up); `fill` may grow it. */
  scale?: number;
}
/**
 * note: a small last line on every card, e.g. "Draft translation, not yet reviewed". With `back`, the sheet has two
 * pages lined up for duplex printing (long-edge flip): the fronts (heading on a band, `lines`), then the backs
 * (`back`, the QR code with its caption, the note).
 */
export interface CardSpec extends DocMeta { heading: string; lines: Run[][]; note?: string; qrUrl?: string; qrAlt?: string; back?: CardBack }
export interface CardBack { heading: string; lines: Run[][]; qrCaption?: string }
/** note: a small line in the top margin, outside the poster (e.g. "Draft translation, not yet reviewed"). */
export interface FlyerSpec extends DocMeta { headline: string; blocks: Block[]; tabLines: string[]; tabCount?: number; note?: string }
