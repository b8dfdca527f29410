// The kit's one visual identity: colours, type scale and spacing, used by the deck theme (as CSS custom
// properties), the PDF engine (as RGB) and the kit page (as CSS). Calm colours; every text colour meets WCAG AA
// (4.5:1) on the backgrounds it is used on, which tests/design.test.ts checks.
import { formatHex, parse, wcagContrast } from 'culori';

export const COLOR = {
  /** Body text. */
  ink: '#1f2933',
  /** Secondary text: sources, captions, running headers. */
  muted: '#52606d',
  paper: '#ffffff',
  /** Quiet panels (activities, notes) behind ink text. */
  surface: '#f3f5f7',
  /** The kit's colour: headings, rules, module openers; white text on it. */
  primary: '#0b5f73',
  /** A light wash of the primary colour, behind ink text. */
  primaryTint: '#e2f0f3',
  /** The help line: the one strong, warm colour, so help is what the eye finds; white text on it. */
  help: '#9c3d12',
  helpTint: '#fbeee6',
  /** Rules and borders (not text). */
  line: '#cbd2d9',
} as const;

export type ColorName = keyof typeof COLOR;

/** Text/background pairs the kit prints; each must reach AA for normal text. */
export const TEXT_PAIRS: Array<[text: ColorName, background: ColorName]> = [
  ['ink', 'paper'], ['muted', 'paper'], ['ink', 'surface'], ['muted', 'surface'], ['ink', 'primaryTint'],
  ['primary', 'paper'], ['primary', 'primaryTint'], ['paper', 'primary'], ['paper', 'help'], ['help', 'paper'],
  ['help', 'helpTint'], ['ink', 'helpTint'],
];

/** WCAG 2.1 AA for normal-size text. */
export const AA = 4.5;

/** Type scale in points for print (body 10.5 pt) and in px for screens, one step ratio (about 1.25). */
export const TYPE = {
  print: { small: 8.5, body: 10.5, lead: 12.5, h3: 12, h2: 15, h1: 22, display: 30 },
  /** Slides: a 980 px wide canvas shown on a wall; body text readable from the back of a classroom. */
  slide: { small: 16, body: 26, lead: 30, h2: 34, h1: 44, display: 56 },
  screen: { small: 14, body: 17, h3: 19, h2: 24, h1: 32 },
} as const;

/** Spacing steps (a 4-unit grid): pt in print, px on screens. */
export const SPACE = [0, 4, 8, 12, 16, 24, 32, 48] as const;

export const RADIUS = { small: 4, card: 8 } as const;

/** An sRGB colour as 0..1 channels (what pdf-lib's rgb() takes). */
export function rgb01(color: string): { r: number; g: number; b: number } {
  const parsed = parse(color);
  if (!parsed) throw new Error(`not a colour: ${color}`);
  const hex = formatHex(parsed);
  return { r: parseInt(hex.slice(1, 3), 16) / 255, g: parseInt(hex.slice(3, 5), 16) / 255, b: parseInt(hex.slice(5, 7), 16) / 255 };
}

/** The WCAG contrast ratio of two CSS colours (1 to 21). */
export function contrast(a: string, b: string): number {
  return wcagContrast(a, b);
}

/** A CSS colour as #rrggbb, or undefined when it is not a colour (for validating a community's brand colour). */
export function normalizeColor(color: string): string | undefined {
  const parsed = parse(color);
  return parsed ? formatHex(parsed) : undefined;
}

/**
 * The kit's colour replaced by a community's brand colour (already checked: white on it reaches AA), with a wash of
 * it for panels; the wash is made lighter until the brand colour's text on it still reaches AA. No colour: no change.
 */
export function brandColors(color?: string): Partial<Record<ColorName, string>> {
  const primary = color && normalizeColor(color);
  if (!primary || primary === COLOR.primary) return {};
  let share = 0.12;
  while (share > 0 && contrast(primary, wash(primary, share)) < AA) share -= 0.01;
  return { primary, primaryTint: wash(primary, Math.max(0, share)) };
}

/** `color` at `share` strength over white paper. */
function wash(color: string, share: number): string {
  const channel = (i: number) => Math.round(255 - (255 - parseInt(color.slice(i, i + 2), 16)) * share).toString(16).padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** The tokens as CSS custom properties (--kit-ink, --kit-primary, ...), for the deck theme and the kit page. */
export function cssVariables(overrides: Partial<Record<ColorName, string>> = {}): string {
  const colors = { ...COLOR, ...overrides };
  const lines = Object.entries(colors).map(([name, value]) => `  --kit-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
