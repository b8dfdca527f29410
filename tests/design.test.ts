// The design tokens: every text colour the kit prints meets WCAG AA on its background.
import { describe, expect, it } from 'vitest';
import { AA, COLOR, TEXT_PAIRS, contrast, cssVariables, normalizeColor } from '../scripts/lib/design/tokens.js';

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
});
