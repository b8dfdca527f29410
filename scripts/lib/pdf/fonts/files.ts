// Where the TTF fonts live (npm packages) and loading them once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Family = 'sans' | 'arabic' | 'han';
export type Weight = 'regular' | 'bold';

interface FontFile { pkg: string; file: string }

const FILES: Record<Family, Record<Weight, FontFile>> = {
  sans: {
    regular: { pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
    bold: { pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  },
  arabic: {
    regular: { pkg: '@expo-google-fonts/noto-sans-arabic', file: '400Regular/NotoSansArabic_400Regular.ttf' },
    bold: { pkg: '@expo-google-fonts/noto-sans-arabic', file: '700Bold/NotoSansArabic_700Bold.ttf' },
  },
  han: {
    regular: { pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' },
    bold: { pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf' },
  },
};

const require = createRequire(import.meta.url);
const cache = new Map<string, Uint8Array>();

function packageDir(pkg: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(`Font package "${pkg}" is not installed. Run: npm install ${pkg}`);
  }
}

/** The font bytes; the same Uint8Array object every time so parsed fonts can be cached by identity. */
export function fontBytes(family: Family, weight: Weight): Uint8Array {
  const key = `${family}-${weight}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bytes = readFontFile(FILES[family][weight].pkg, FILES[family][weight].file);
  cache.set(key, bytes);
  return bytes;
}

/** Reads a TTF from an installed npm package; the error names the package to install. */
export function readFontFile(pkg: string, file: string): Uint8Array {
  const path = join(packageDir(pkg), file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (cause) {
    throw new Error(`Font file ${file} is missing from npm package "${pkg}" (looked at ${path}). ` +
      `Reinstall it: npm install ${pkg}`, { cause });
  }
  return bytes;
}
