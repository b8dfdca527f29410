// Rules for every string a translator or a community writes, in every language: no contact details typed in
// (they come from region data or the kit config), no direction overrides, nothing from the never-print list.
import { BIDI_CONTROLS, normalizeText } from '../../lib/normalize.js';
import { describeNeverPrint, neverPrintIn } from './never-print.js';
import { digitsOf } from './contacts.js';
import { withoutPlaceholders } from '../../lib/i18n/tree.js';

export interface StringFinding {
  message: string;
  hint: string;
}

/** A known contact number (any region's hotline, text code, emergency or TTY number) and whose it is. */
export interface KnownNumber { digits: string; what: string }


/** Digits with the separators people use in phone numbers: "1-888-373-7888", "(202) 555 0199", "233 733", "1/888/373". */
const PHONE_SHAPE = /\+?\(?\d[\d\s().\/·‐‑‒–—−-]*\d/g;
/** A number written in Chinese numerals digit by digit ("一八八八三七三七八八八"): five or more in a row. */
const CHINESE_DIGITS = /[〇零一二三四五六七八九]{5,}/u;
/** Five digits or more in one phone-shaped run: more than any year, any number a string may hold. */
const MIN_PHONE_DIGITS = 5;

const WEB_SHAPE = /\bhttps?:\/\/|\bwww\.|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:org|gov|com|net|edu|info|io|us|uk|ca|au|mx|gob|fr|es|vn|cn|ar)\b/iu;

const CONTACT_HINT = 'write {{hotline.call}}, {{hotline.text}}, {{hotline.web}} or {{emergency}}: contact details come from content/regions, so each kit prints its own region\'s numbers';

/** Findings for one string; placeholders are removed first, since their values come from region data. */
export function checkText(raw: string, known: KnownNumber[], options: { contacts: boolean } = { contacts: true }): StringFinding[] {
  const findings: StringFinding[] = [];
  const bidi = BIDI_CONTROLS.exec(raw);
  if (bidi) {
    findings.push({
      message: `contains the invisible direction control U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which can make a number display differently from what is stored`,
      hint: 'delete it; numbers and addresses are isolated automatically in right-to-left text (only the marks U+200E, U+200F and U+061C are allowed)',
    });
  }
  for (const hit of neverPrintIn(raw)) findings.push({ message: describeNeverPrint(hit), hint: hit.why });
  if (!options.contacts) return findings;
  const text = normalizeText(withoutPlaceholders(raw));
  for (const [shape] of text.matchAll(PHONE_SHAPE)) {
    const digits = digitsOf(shape);
    const match = known.find((k) => k.digits === digits);
    if (match) findings.push({ message: `has ${match.what} typed in: "${shape.trim()}"`, hint: CONTACT_HINT });
    else if (digits.length >= MIN_PHONE_DIGITS) findings.push({ message: `has a phone number typed in: "${shape.trim()}"`, hint: CONTACT_HINT });
  }
  const chinese = CHINESE_DIGITS.exec(text);
  if (chinese) findings.push({ message: `has a number written in Chinese numerals: "${chinese[0]}"`, hint: CONTACT_HINT });
  const web = WEB_SHAPE.exec(text);
  if (web) findings.push({ message: `has a web or e-mail address typed in: "${web[0]}"`, hint: CONTACT_HINT });
  return findings;
}
