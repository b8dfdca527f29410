// i18next per kit: fallback along the kit's locale chain, audience variants through i18next context.
import i18next, { type i18n } from 'i18next';
import { KitError } from '../lib/errors.js';
import type { Kit } from './kit.js';
import type { Content } from './load.js';
import { factVars, type FactVars } from './facts.js';

export interface Translator {
  readonly lang: string;
  readonly rtl: boolean;
  readonly vars: FactVars;
  /** A string; `context` is the audience (falls back to the plain key). */
  text(key: string, context?: string, extra?: Record<string, unknown>): string;
  /** A list of strings ([] when the key is absent). */
  list(key: string, context?: string): string[];
  has(key: string, context?: string): boolean;
  /** A label with the language's colon: "Say:", "Dire :", "讲解：". */
  label(text: string): string;
  /** The strings of a key before interpolation, to see which facts they cite. */
  raw(key: string, context?: string): string[];
}

export function createTranslator(kit: Kit, content: Content): Translator {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(kit.chain.map((tag) => [tag, content.locales.get(tag)?.namespaces ?? {}]));
  instance.init({
    resources,
    lng: kit.chain[0],
    fallbackLng: kit.chain.slice(1),
    load: 'currentOnly',
    ns: Object.keys(content.locales.get('en')?.namespaces ?? {}),
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false }, // every output escapes for its own context
  });
  const rtl = kit.locale.meta.dir === 'rtl';
  const plain = (key: string, options: Record<string, unknown> = {}) => String(instance.t(key, options));
  const vars = factVars(kit.region, content.facts, kit.lang, rtl, {
    ratio: (a, b) => plain('common:format.ratio', { a, b }),
    usd: (amount) => plain('common:format.usd', { amount }),
    service: (key, values) => plain(`common:service.${key}`, values),
  });
  return makeTranslator(instance, kit, vars, rtl);
}

function makeTranslator(instance: i18n, kit: Kit, vars: FactVars, rtl: boolean): Translator {
  const lookup = (key: string, context?: string, extra: Record<string, unknown> = {}) =>
    instance.t(key, { ...vars, ...extra, context, returnObjects: true }) as unknown;
  const has = (key: string, context?: string, extra: Record<string, unknown> = {}) => instance.exists(key, { ...extra, context });
  return {
    lang: kit.lang,
    rtl,
    vars,
    has,
    text(key, context, extra) {
      const value = lookup(key, context, extra);
      if (!has(key, context, extra) || typeof value !== 'string') {
        throw new KitError({ file: `locales/en/${key.split(':')[0]}.json`, keyPath: key.split(':')[1] ?? key, message: 'is missing or not a string', hint: 'add the string to the English source' });
      }
      return value;
    },
    label(text) {
      return String(instance.t('common:format.label', { label: text }));
    },
    raw(key, context) {
      if (!has(key, context)) return [];
      const value = instance.t(key, { context, returnObjects: true, skipInterpolation: true }) as unknown;
      return Array.isArray(value) ? value.map(String) : [String(value)];
    },
    list(key, context) {
      if (!has(key, context)) return [];
      const value = lookup(key, context);
      return Array.isArray(value) ? value.map(String) : [String(value)];
    },
  };
}
