// The fonts each deck carries, so it looks the same on any presenting computer, offline.

/**
 * Fonts bundled into the deck (woff2 from @fontsource), so it looks the same on any presenting computer, offline.
 * Chinese is left to system fonts: a full Noto Sans SC is several megabytes per deck.
 */
const FONT_SUBSETS: Record<string, string[]> = {
  latin: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/vietnamese'],
  cyrillic: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/cyrillic', 'noto-sans/cyrillic-ext'],
  arabic: ['noto-sans/latin', 'noto-sans-arabic/arabic'],
  han: ['noto-sans/latin'],
};

export function fontImports(script: string): string {
  const subsets = FONT_SUBSETS[script] ?? FONT_SUBSETS.latin ?? [];
  return subsets.flatMap((s) => ['400', '700'].map((w) => `@import '@fontsource/${s}-${w}.css';\n`)).join('') + '\n';
}

