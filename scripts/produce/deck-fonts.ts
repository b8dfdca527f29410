// The fonts each deck carries, so it looks the same on any presenting computer, offline.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { sha256 } from '../lib/hash.js';
import { fontBytes } from '../lib/pdf/index.js';

/** Fonts bundled into every deck of a script: woff2 from @fontsource, with the unicode ranges it splits them by. */
const FONT_SUBSETS: Record<string, string[]> = {
  latin: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/vietnamese'],
  cyrillic: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/cyrillic', 'noto-sans/cyrillic-ext'],
  arabic: ['noto-sans/latin', 'noto-sans-arabic/arabic'],
  han: ['noto-sans/latin'],
};

/**
 * Chinese: a full Noto Sans SC is about 10 MB a weight, so each deck gets a subset of exactly the characters its
 * slides.md holds (slides and speaker notes; Slidev's own UI is English), both weights (titles, labels and notes
 * are bold). The TTFs are the ones the PDF engine uses.
 */
const SUBSET_WEIGHTS = [{ weight: 400, font: 'regular' }, { weight: 700, font: 'bold' }] as const;
const SUBSET_FAMILY = 'Noto Sans SC'; // the name the deck's font stack asks for (outputs/slides/render.ts)

/** What a subset's bytes depend on besides its characters: the source font and the subsetter. */
const SUBSET_RECIPE = ['@expo-google-fonts/noto-sans-sc', 'subset-font', 'harfbuzzjs'].map((pkg) => `${pkg}@${versionOf(pkg)}`).join(' ');

/**
 * The deck's font CSS, to put before its own styles; writes the font files it refers to into `dir` (the folder of
 * style.css). `text` is everything the deck shows. Subsets are kept in `cacheDir` by what they depend on, since
 * compressing one takes a second or two: a rebuild with nothing changed makes none.
 */
export async function deckFonts(script: string, text: string, dir: string, cacheDir: string): Promise<string> {
  const subsets = FONT_SUBSETS[script] ?? FONT_SUBSETS.latin ?? [];
  const imports = subsets.flatMap((s) => ['400', '700'].map((w) => `@import '@fontsource/${s}-${w}.css';\n`)).join('');
  if (script !== 'han') return `${imports}\n`;
  const chars = distinctCharacters(text);
  const key = sha256(SUBSET_RECIPE, '\0', chars).slice(0, 16); // in the CSS, so the deck's input hash covers it
  const faces = await Promise.all(SUBSET_WEIGHTS.map(async ({ weight, font }) => {
    const file = `noto-sans-sc-${weight}.woff2`;
    await writeFile(join(dir, file), await cachedSubset(join(cacheDir, `${key}-${weight}.woff2`), () => subsetFont(Buffer.from(fontBytes('han', font)), chars, { targetFormat: 'woff2' })));
    return `@font-face { font-family: '${SUBSET_FAMILY}'; font-weight: ${weight}; font-style: normal; font-display: swap; src: url('./${file}') format('woff2'); }\n`;
  }));
  return `${imports}/* ${SUBSET_FAMILY} subset ${key}: ${[...chars].length} characters */\n${faces.join('')}\n`;
}

/** Each character once, in code point order (the same text gives the same subset key). */
function distinctCharacters(text: string): string {
  return [...new Set(text.replace(/\p{Cc}/gu, ''))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The file at `path`, made first if missing (written aside and renamed: parallel builds may make it at once). */
async function cachedSubset(path: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (existsSync(path)) return readFile(path);
  const bytes = await make();
  await mkdir(join(path, '..'), { recursive: true });
  const aside = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(aside, bytes);
  await rename(aside, path);
  return bytes;
}

/** An installed package's version, found from its entry point (harfbuzzjs does not export its package.json). */
function versionOf(pkg: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    const found = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string }) : {};
    if (found.name === pkg && found.version) return found.version;
  }
  return 'unknown';
}
