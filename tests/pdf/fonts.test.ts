// Font loading errors name the npm package that provides the font.
import { describe, expect, it } from 'vitest';
import { readFontFile } from '../../scripts/lib/pdf/fonts/files.js';

describe('font files', () => {
  it('names the npm package when it is not installed', () => {
    expect(() => readFontFile('@expo-google-fonts/noto-sans-xx', '400Regular/X.ttf')).toThrow(/npm install @expo-google-fonts\/noto-sans-xx/);
  });
  it('names the package when the file is missing from it', () => {
    expect(() => readFontFile('@expo-google-fonts/noto-sans', 'nope/Missing.ttf')).toThrow(/missing from npm package "@expo-google-fonts\/noto-sans"/);
  });
});

describe('fontkit hooks', () => {
  it('throw a clear error when a fontkit internal they need is missing, instead of silently doing nothing', async () => {
    const { hookFont } = await import('../../scripts/lib/pdf/text/fontkit-hooks.js');
    const fontkit = await import('fontkit');
    const font = fontkit.create(Buffer.from(readFontFile('@expo-google-fonts/noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf'))) as any;
    const engine = font._layoutEngine.engine;
    engine.GPOSProcessor.applyAnchor = undefined; // as if a fontkit upgrade had renamed it
    expect(() => hookFont(font)).toThrow(/fontkit internals changed: GPOSProcessor\.applyAnchor is missing.*pinned in package\.json/);
    const bare = Object.create(font);
    bare.glyphsForString = undefined;
    expect(() => hookFont(bare)).toThrow(/font\.glyphsForString is missing/);
  });
});
