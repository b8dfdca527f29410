// Interpolation values for translated strings: hotline, emergency number and statistics.
// They come from region data and facts.yaml only, so a translation can never change a number.
import type { FactsDef, RegionDef, StatDef } from '../lib/schema.js';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

export interface FactVars {
  hotline: { name: string; call: string; text?: string; textWord?: string; web?: string; hours?: string; languages?: string; channels?: string };
  emergency: string;
  stats: Record<string, string>;
  /** The region's other places to get help, by id: {{resources.<id>.name}}, {{resources.<id>.call}}, {{resources.<id>.web}}. */
  resources: Record<string, { name: string; call?: string; web?: string }>;
  /** The region's crisis line for people upset or hopeless (US: 988), {{crisis.call}} and {{crisis.name}}; none elsewhere. */
  crisis?: { name: string; call: string };
}

/** In right-to-left text, numbers and addresses are isolated so they keep reading left to right. */
export function isolateLtr(value: string, rtl: boolean): string {
  return rtl ? `${LRI}${value}${PDI}` : value;
}

/** Language patterns for composite numbers, from common.json (e.g. "{{a}} in {{b}}", "US${{amount}}"). */
export interface NumberPatterns {
  ratio(a: string, b: string): string;
  usd(amount: string): string;
  /** A sentence pattern from common.json `service.*` with its values filled in. */
  service(key: string, values: Record<string, string>): string;
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
      ...(hotline.web ? { web: ltr(hotline.web.url) } : {}),
      ...serviceVars(hotline, lang, rtl, patterns),
    },
    emergency: ltr(region.emergency.number),
    stats,
    resources: Object.fromEntries(region.resources.map((r) => [r.id, {
      name: rtl ? `${FSI}${r.name}${PDI}` : r.name,
      ...(r.call ? { call: ltr(r.call) } : {}),
      ...(r.web ? { web: ltr(r.web) } : {}),
    }])),
    ...(region.crisis ? { crisis: { name: ltr(region.crisis.name), call: ltr(region.crisis.number) } } : {}),
  };
}

/**
 * Hours and languages in the kit's language: language names from Intl.DisplayNames, lists from Intl.ListFormat,
 * sentences from common.json `service.*`. A detail the region data lacks is left out, never assumed.
 */
function serviceVars(hotline: RegionDef['hotline'], lang: string, rtl: boolean, patterns: NumberPatterns): Pick<FactVars['hotline'], 'hours' | 'languages' | 'channels'> {
  const names = new Intl.DisplayNames(lang, { type: 'language' });
  const list = (codes: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
  const count = hotline.moreLanguages ? new Intl.NumberFormat(lang).format(hotline.moreLanguages) : '';
  const { callLanguages: calls, interpreters, textLanguages: texts, chatLanguages: chats } = hotline;
  const more = interpreters ? 'Interpreters' : '';
  const languages = calls && count ? patterns.service(`callsPlusMore${more}`, { languages: list(calls), count })
    : calls ? patterns.service('calls', { languages: list(calls) })
      : count ? patterns.service(`callsMore${more}`, { count }) : undefined;
  const same = texts && chats && texts.join() === chats.join();
  const channels = [
    same ? patterns.service('textAndChat', { languages: list(texts) }) : undefined,
    !same && texts ? patterns.service('text', { languages: list(texts) }) : undefined,
    !same && chats ? patterns.service('chat', { languages: list(chats) }) : undefined,
    hotline.tty ? patterns.service('tty', { number: isolateLtr(hotline.tty, rtl) }) : undefined,
  ].filter((x): x is string => !!x);
  return {
    // 24/7 and 24/7/365 read the same to a participant: "open all day, every day"
    ...(hotline.hours ? { hours: patterns.service('hours247', {}) } : {}),
    ...(languages ? { languages } : {}),
    ...(channels.length ? { channels: channels.join(' ') } : {}),
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
    case 'years':
      return number(value, { style: 'unit', unit: 'year', unitDisplay: 'long' });
    case 'ratio':
      throw new Error(`stat with format "ratio" needs a [a, b] value`);
  }
}
