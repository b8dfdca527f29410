// Type declarations for the untyped packages the deck step uses.
declare module 'subset-font' {
  /** harfbuzz's subsetter (wasm): a font with only the glyphs `text` needs, in the given format. */
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>;
}
