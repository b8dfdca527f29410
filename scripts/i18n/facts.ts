// Interpolation values for translated strings: hotline, emergency number and statistics.
// They come from region data and facts.yaml only, so a translation can never change a number.
import type { FactsDef, RegionDef, StatDef } from '../content/schema.js';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

export interface FactVars {
  hotline: { name: string; call: string; text?: string; textWord?: string; web: string; hours?: string };
  emergency: string;
  stats: Record<string, string>;
}

/** In right-to-left text, numbers and addresses are isolated so they keep reading left to right. */
export function isolateLtr(value: string, rtl: boolean): string {
  return rtl ? `${LRI}${value}${PDI}` : value;
}

/** Language patterns for composite numbers, from common.json (e.g. "{{a}} in {{b}}", "US${{amount}}"). */
export interface NumberPatterns {
  ratio(a: string, b: string): string;
  usd(amount: string): string;
}

export function factVars(region: RegionDef, facts: FactsDef, lang: string, rtl: boolean, patterns: NumberPatterns): FactVars {
  const ltr = (v: string) => isolateLtr(v, rtl);
  const { hotline } = region;
  const stats: Record<string, string> = {};
  for (const [id, stat] of Object.entries(facts.stats)) {
    const text = formatStat(stat, lang, patterns);
    stats[id] = rtl ? `${FSI}${text}${PDI}` : text;
  }
  return {
    hotline: {
      name: rtl ? `${FSI}${hotline.name}${PDI}` : hotline.name, // a Latin name inside Arabic keeps its own order
      call: ltr(hotline.call.number),
      ...(hotline.text ? { text: ltr(hotline.text.number), textWord: ltr(hotline.text.word ?? hotline.text.number) } : {}),
      web: ltr(hotline.web.url),
      ...(hotline.hours ? { hours: ltr(hotline.hours) } : {}),
    },
    emergency: ltr(region.emergency.number),
    stats,
  };
}

export function formatStat(stat: StatDef, lang: string, patterns: NumberPatterns): string {
  const number = (n: number, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(lang, options).format(n);
  if (Array.isArray(stat.value)) return patterns.ratio(number(stat.value[0]), number(stat.value[1]));
  const value = stat.value;
  switch (stat.format) {
    case 'compact':
      return number(value, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
    case 'count':
      return number(value);
    case 'percent':
      return number(value, { style: 'percent', maximumFractionDigits: 0 });
    case 'usd-compact':
      return patterns.usd(number(value, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }));
    case 'usd':
      return patterns.usd(number(value));
    case 'ratio':
      throw new Error(`stat with format "ratio" needs a [a, b] value`);
  }
}
