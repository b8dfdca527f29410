// Font loading errors name the npm package that provides the font.
import { describe, expect, it } from 'vitest';
import { readFontFile } from '../../scripts/pdf/fonts/files.js';

describe('font files', () => {
  it('names the npm package when it is not installed', () => {
    expect(() => readFontFile('@expo-google-fonts/noto-sans-xx', '400Regular/X.ttf')).toThrow(/npm install @expo-google-fonts\/noto-sans-xx/);
  });
  it('names the package when the file is missing from it', () => {
    expect(() => readFontFile('@expo-google-fonts/noto-sans', 'nope/Missing.ttf')).toThrow(/missing from npm package "@expo-google-fonts\/noto-sans"/);
  });
});
