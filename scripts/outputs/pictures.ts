// Outputs that show slide pictures (see SlidePictures in types.ts). The pictures come from the deck PDF's browser
// pass, so these outputs are rendered after the decks are produced, with the pictures of their own deck.
import type { Job } from '../plan/plan.js';
import { OUTPUT_KINDS, OUTPUTS, type OutputKind } from './index.js';

/** The deck a job belongs to: "<kit>/<audience>". */
export const deckOf = (job: Job): string => `${job.kit}/${job.audience}`;

/** The kind whose producer takes the pictures (the deck PDF). */
const PICTURE_SOURCE = OUTPUT_KINDS.find((kind) => OUTPUTS[kind].produce?.pictures);

export interface PictureSplit<Kind extends string> {
  /** Rendered first, as today. */
  before: Array<Job<Kind>>;
  /** Rendered after the decks: they show pictures and their deck PDF is made in this build. */
  after: Array<Job<Kind>>;
  /** Kinds that could show pictures but are rendered as text only: their deck PDF is not in this build. */
  textOnly: Kind[];
}

export function splitForPictures(jobs: Array<Job<OutputKind>>): PictureSplit<OutputKind> {
  const printed = new Set(jobs.filter((job) => job.output === PICTURE_SOURCE).map(deckOf));
  const after = jobs.filter((job) => OUTPUTS[job.output].slidePictures && printed.has(deckOf(job)));
  const before = jobs.filter((job) => !after.includes(job));
  const textOnly = [...new Set(before.filter((job) => OUTPUTS[job.output].slidePictures).map((job) => job.output))];
  return { before, after, textOnly };
}

/**
 * The jobs to run, with the deck PDF of every job here that shows its pictures: an unchanged deck PDF is reused with
 * no browser work, and its pictures come from the cache (or it is printed again if they are gone).
 */
export function withPictureSources(todo: Array<Job<OutputKind>>, jobs: Array<Job<OutputKind>>): Array<Job<OutputKind>> {
  const decks = new Set(todo.filter((job) => OUTPUTS[job.output].slidePictures).map(deckOf));
  return jobs.filter((job) => todo.includes(job) || (job.output === PICTURE_SOURCE && decks.has(deckOf(job))));
}

/** The report's line for outputs rendered without pictures, once per build. */
export function textOnlyNotice(kinds: OutputKind[], noBrowser: boolean, hint: string): string {
  const why = noBrowser ? `no browser was found for the deck PDFs they come from; ${hint}` : 'the pictures come from the deck PDF, which this build does not make (add deck-pdf to -o)';
  return `${kinds.join(', ')} PDFs are text only, without slide pictures: ${why}.`;
}

/** The deck PDF, for a kind that cannot be made without its pictures (and so needs a browser too). */
export function pictureSourceFor(kind: OutputKind): OutputKind | undefined {
  return OUTPUTS[kind].slidePictures === 'required' ? PICTURE_SOURCE : undefined;
}
