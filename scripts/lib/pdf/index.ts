// Public API of the PDF engine: three renderers and their types, and its font files (decks subset them too).
export type { Paper, Script, Run, Block, DocMeta, DocSpec, CardSpec, CardBack, FlyerSpec, HelpQr } from './types.js';
export { renderDocument } from './render-document.js';
export { renderWalletCards } from './render-cards.js';
export { renderFlyer } from './render-flyer.js';
export { DoesNotFitError } from './errors.js';
export { fontBytes } from './fonts/files.js';
