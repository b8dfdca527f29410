// Every phone number and web address in region data, found by field name wherever it sits
// (hotline, text line, emergency, resources), so a new field holding a number cannot escape the checks.
import parsePhoneNumber, { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import type { RegionDef } from '../../lib/schema.js';

const PHONE_FIELDS = new Set(['number', 'call', 'phone', 'tty']);
const WEB_FIELDS = new Set(['url', 'web']);

export interface RegionContact {
  /** Key path in content/regions/<id>.yaml, e.g. "hotline.call.number". */
  path: string;
  /** As written in region data, which is how it is printed. */
  value: string;
  kind: 'phone' | 'web';
}

export function regionContacts(region: RegionDef): RegionContact[] {
  const out: RegionContact[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    else if (typeof node === 'string' && path.length > 0) {
      const field = path[path.length - 1]!;
      if (PHONE_FIELDS.has(field)) out.push({ path: path.join('.'), value: node, kind: 'phone' });
      if (WEB_FIELDS.has(field)) out.push({ path: path.join('.'), value: node, kind: 'web' });
    }
  };
  walk(region, []);
  return out;
}

/** Digits only: how two spellings of one number are compared ("1-888-373-7888" and "1 888 373 7888"). */
export const digitsOf = (value: string) => value.replace(/\D/g, '');

/**
 * A full phone number as libphonenumber reads it for a region; short codes (911, 988, a 6-digit text code)
 * are not full numbers and get undefined. `validHere`: a valid number of this region's country calling code
 * (a US number written "+1 ..." is valid, but not in a Mexican kit).
 */
export function parseForRegion(value: string, region: string): { nationalNumber: string; national: string; validHere: boolean } | undefined {
  const parsed = parsePhoneNumber(value, { defaultCountry: region as CountryCode, extract: false });
  if (!parsed) return undefined;
  const validHere = parsed.isValid() && parsed.countryCallingCode === callingCodeOf(region);
  return { nationalNumber: parsed.nationalNumber, national: parsed.formatNational(), validHere };
}

function callingCodeOf(region: string): string | undefined {
  try {
    return getCountryCallingCode(region as CountryCode);
  } catch {
    return undefined;
  }
}

/** A number with at most 6 digits is a short code or emergency number; libphonenumber does not validate those. */
export const isShortCode = (value: string) => digitsOf(value).length <= 6;
