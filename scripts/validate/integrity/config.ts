// The kit config is printed on handouts as written by a community: its numbers are checked for each kit's
// region with libphonenumber, and its text against the same never-print and direction rules as translations.
import type { Problems } from '../../lib/errors.js';
import { LOCAL_CONTACT_ROLES, type KitConfig, type LocalContactRole } from '../../lib/schema.js';
import { parseForRegion } from './contacts.js';
import { checkText } from './strings.js';
import { AA, COLOR, contrast, normalizeColor } from '../../lib/design/tokens.js';

/** A number from the kit config as it will be printed in one region's kits. */
export interface LocalNumber { name: string; keyPath: string; written: string; printed: string }

interface ConfigPhone { name: string; keyPath: string; value: string }

function configPhones(config: KitConfig): ConfigPhone[] {
  const phones: ConfigPhone[] = config.localResources.flatMap((r, i) => (r.phone ? [{ name: r.name, keyPath: `localResources.${i}.phone`, value: r.phone }] : []));
  if (config.organization?.phone) phones.push({ name: config.organization.name, keyPath: 'organization.phone', value: config.organization.phone });
  for (const [role, c] of localContactEntries(config)) {
    if (c.phone) phones.push({ name: c.name ?? role, keyPath: `localContacts.${role}.phone`, value: c.phone });
  }
  return phones;
}

/** The guide's local contacts the config fills in, in print order. */
export function localContactEntries(config: KitConfig): Array<[LocalContactRole, NonNullable<KitConfig['localContacts'][LocalContactRole]>]> {
  return LOCAL_CONTACT_ROLES.flatMap((role) => { const c = config.localContacts[role]; return c ? [[role, c] as [LocalContactRole, typeof c]] : []; });
}

/** Every text field of the config with its key path. */
function configTexts(config: KitConfig): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const org = config.organization;
  if (org) for (const k of ['name', 'web', 'phone'] as const) if (org[k]) texts.push([`organization.${k}`, org[k]!]);
  config.localResources.forEach((r, i) => {
    for (const k of ['name', 'web', 'phone'] as const) if (r[k]) texts.push([`localResources.${i}.${k}`, r[k]!]);
  });
  for (const [role, c] of localContactEntries(config)) {
    for (const k of ['name', 'phone'] as const) if (c[k]) texts.push([`localContacts.${role}.${k}`, c[k]!]);
  }
  return texts;
}

/**
 * Checks the config for the regions of the kits being built and returns how each number will print there
 * (libphonenumber's national format for the region). A number that is not valid in a kit's region is refused:
 * a Mexican handout must not print a US number.
 */
export function checkKitConfig(config: KitConfig, file: string, regions: string[], problems: Problems): Map<string, LocalNumber[]> {
  for (const [keyPath, text] of configTexts(config)) {
    // names and addresses may not hide a number: phone fields are parsed below, the rest is checked as text
    const contacts = !keyPath.endsWith('.phone') && !keyPath.endsWith('.web');
    for (const f of checkText(text, [], { contacts })) problems.add({ file, keyPath, message: f.message, hint: f.hint });
  }
  checkBrandColor(config, file, problems);
  const printed = new Map<string, LocalNumber[]>();
  for (const region of [...new Set(regions)]) {
    const numbers: LocalNumber[] = [];
    for (const phone of configPhones(config)) {
      const parsed = parseForRegion(phone.value, region);
      if (!parsed?.validHere) {
        problems.add({
          file, keyPath: phone.keyPath,
          message: `"${phone.value}" is not a valid phone number in ${region}, where the kits being built print it`,
          hint: `write the full number with its area code as it is dialled in ${region} (check it at the source), or build this config only for kits of the number's own region`,
        });
        continue;
      }
      numbers.push({ name: phone.name, keyPath: phone.keyPath, written: phone.value, printed: parsed.national });
    }
    printed.set(region, numbers);
  }
  return printed;
}

/** The brand colour carries white text (title bands) and is text on white (headings): both need WCAG AA. */
function checkBrandColor(config: KitConfig, file: string, problems: Problems): void {
  const color = config.organization?.color;
  if (color === undefined) return;
  const keyPath = 'organization.color';
  const hex = normalizeColor(color);
  if (!hex) {
    problems.add({ file, keyPath, message: `"${color}" is not a colour`, hint: `write it as #rrggbb, e.g. "${COLOR.primary}"` });
    return;
  }
  const ratio = contrast(hex, COLOR.paper);
  if (ratio < AA) {
    problems.add({
      file, keyPath,
      message: `${color} has a contrast of ${ratio.toFixed(2)}:1 with white text and paper; printed headings and white text on it need at least ${AA}:1 (WCAG AA)`,
      hint: `use a darker shade of the colour (for example ${COLOR.primary}, the kit's own), or leave organization.color out`,
    });
  }
}
