// The shape every output kind has (one folder each, listed once in index.ts).
import type { OutputLayout, PlannedFile } from '../plan/plan.js';
import type { Session } from './session.js';
import type { Template } from './templates.js';
import type { Community } from './print.js';
import type { DeckPrinter } from '../lib/tools/deck-printer.js';
import type { DeckBuilder } from '../lib/tools/slidev.js';

export type { PlannedFile };

/** A file rendered in memory, to be staged by the writer. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export interface RenderContext {
  session: Session;
  templates: { slides: Template; guide: Template };
  community: Community;
  largePrint: boolean;
  /** The slide pictures of the session's deck (one JPEG per slide, in order), for kinds that show them. */
  pictures?: Uint8Array[];
}

/** What an external tool needs to make a deck output from the staged slides.md. */
export interface ProduceJob {
  /** Slidev's user root, holding this deck's slides.md, style.css and public/ (one per lane). */
  root: string;
  /** The deck's own work folder (its slides.md; the site and PDF are made into it). */
  dir: string;
  /** URL path the deck is served under, e.g. /en-US/youth/deck/ */
  base: string;
  /** The deck's title (PDF metadata). */
  title: string;
  /** The Slidev process of this job's lane (deck after deck in one process). */
  builder?: DeckBuilder;
  /** One browser for every deck PDF of the build. */
  printer?: DeckPrinter;
  signal?: AbortSignal;
}

/** Rendered in memory from the session: every file of the job. */
export type Render = (ctx: RenderContext, files: PlannedFile[]) => Promise<OutputFile[]>;

/** Made after rendering by an external tool, from the staged outputs it needs. */
export interface Produce {
  needs: 'slides';
  needsBrowser: boolean;
  made: string;
  /** The work folder's subfolder where run() leaves one picture per slide (kept in a cache for kinds that show them). */
  pictures?: string;
  run(job: ProduceJob): Promise<void>;
}

/**
 * Kinds that show the slide pictures are rendered after the decks: 'optional' with the pictures when the deck PDF is
 * made in the same build and as text only otherwise; 'required' always, and they bring the deck PDF into the build.
 */
export type SlidePictures = 'optional' | 'required';

/** Scope and file names (see plan.ts), and exactly one way to make the files: a kind with neither does not compile. */
export type OutputDef = OutputLayout & { slidePictures?: SlidePictures } & ({ render: Render; produce?: never } | { produce: Produce; render?: never });
