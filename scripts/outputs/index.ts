// Every output kind, listed once. Adding one: a folder with its OutputDef, and a line here; the command line,
// the plan, rendering and the decks' producer all run from this list, so nothing else changes.
import type { OutputDef } from './types.js';
import { slides } from './slides/index.js';
import { deck } from './deck/index.js';
import { deckPdf } from './deck-pdf/index.js';
import { deckNotes } from './deck-notes/index.js';
import { guide } from './guide/index.js';
import { handout } from './handout/index.js';
import { handoutLarge } from './handout-large/index.js';
import { wallet } from './wallet/index.js';
import { walletLarge } from './wallet-large/index.js';
import { flyer } from './flyer/index.js';
import { evaluation } from './evaluation/index.js';

export const OUTPUTS = { slides, deck, 'deck-pdf': deckPdf, 'deck-notes': deckNotes, guide, handout, 'handout-large': handoutLarge, evaluation, wallet, 'wallet-large': walletLarge, flyer } as const satisfies Record<string, OutputDef>;

export type OutputKind = keyof typeof OUTPUTS;

/** In the order of the list above (the command line's help and default). */
export const OUTPUT_KINDS = Object.keys(OUTPUTS) as OutputKind[];

export const isOutputKind = (name: string): name is OutputKind => Object.hasOwn(OUTPUTS, name);
