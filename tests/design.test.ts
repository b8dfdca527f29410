// The design tokens: every text colour the kit prints meets WCAG AA on its background.
import { describe, expect, it } from 'vitest';
import { AA, COLOR, TEXT_PAIRS, brandColors, contrast, cssVariables, normalizeColor } from '../scripts/lib/design/tokens.js';
import { deckTheme } from '../scripts/produce/deck-theme.js';

describe('design tokens', () => {
  it.each(TEXT_PAIRS)('%s text on %s reaches AA (4.5:1)', (text, background) => {
    expect(contrast(COLOR[text], COLOR[background])).toBeGreaterThanOrEqual(AA);
  });

  it('read colours the way CSS does, and refuse what is not a colour', () => {
    expect(normalizeColor('teal')).toBe('#008080');
    expect(normalizeColor('#0A5')).toBe('#00aa55');
    expect(normalizeColor('not-a-colour')).toBeUndefined();
  });

  it('become CSS custom properties for the deck theme and the kit page', () => {
    expect(cssVariables()).toContain('--kit-primary-tint: #e2f0f3;');
    expect(cssVariables({ primary: '#123456' })).toContain('--kit-primary: #123456;');
  });

  it('a brand colour (organization.color) takes the kit colour\'s place in the deck theme, its wash keeping AA; none changes nothing', () => {
    const css = 'h1 { color: var(--kit-primary); }';
    expect(deckTheme(css, undefined)).toBe(deckTheme(css));
    expect(deckTheme(css)).toContain(`--kit-primary: ${COLOR.primary};`);
    const branded = deckTheme(css, '#7A1F5C');
    expect(branded).toContain('--kit-primary: #7a1f5c;');
    expect(branded).not.toContain(COLOR.primary);
    expect(branded.endsWith(css)).toBe(true);
    // #767676 is just AA with white: a 12% wash of it would not be, so the wash is lighter
    for (const brand of ['#7a1f5c', '#767676', '#000000']) {
      const { primary, primaryTint } = brandColors(brand);
      expect(contrast(primary!, primaryTint!), brand).toBeGreaterThanOrEqual(AA);
      expect(contrast(COLOR.ink, primaryTint!), brand).toBeGreaterThanOrEqual(AA);
      expect(contrast(COLOR.paper, primary!), brand).toBeGreaterThanOrEqual(AA);
    }
    expect(brandColors(undefined)).toEqual({});
  });
});
