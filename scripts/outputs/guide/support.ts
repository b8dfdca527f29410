// The guide's support plan for participants (with the region's crisis line, where region data has one) and the
// local contacts sheet: filled from the kit config where given, otherwise blank lines to write in.
import type { Session } from '../session.js';
import type { Community } from '../print.js';
import { LOCAL_CONTACT_ROLES } from '../../lib/schema.js';
import { isolateLtr } from '../../load/facts.js';
import type { ListSection } from './model.js';

/** A line to write on: long enough for a name or a phone number in handwriting. */
export const BLANK = '_______________';

export interface SupportSection extends ListSection {
  /** The crisis line sentence (US: 988), or the note that the region has none and where to write a local one. */
  crisis: string;
  /** The crisis line's name as region data has it, when there is one. */
  crisisName?: string;
}

export interface LocalContactsSheet {
  heading: string;
  intro: string;
  header: string[];
  /** [who, name, phone]: a blank cell is BLANK. */
  rows: string[][];
}

export function supportSection(session: Session): SupportSection {
  const { t, region } = session;
  const g = (key: string) => t.text(`guide:support.${key}`, session.audience.id);
  // {{crisis.call}} and {{crisis.name}} are region values (load/facts.ts), present only where region data has a line
  const crisis = region.crisis ? t.text('common:crisis.guide') : g('noCrisisLine');
  return { heading: g('heading'), items: t.list('guide:support.items', session.audience.id), crisis, crisisName: t.vars.crisis?.name };
}

export function localContactsSheet(session: Session, community?: Community): LocalContactsSheet {
  const { t, region } = session;
  const l = (key: string) => t.text(`guide:localContacts.${key}`, session.audience.id);
  const config = community?.config;
  const printed = new Map((community?.localNumbers?.get(region.id) ?? []).map((n) => [n.written, n.printed]));
  const phone = (value?: string) => (value ? isolateLtr(printed.get(value) ?? value, t.rtl) : BLANK);
  const rows = LOCAL_CONTACT_ROLES.map((role) => {
    const contact = config?.localContacts[role];
    return [l(role), contact?.name ?? BLANK, phone(contact?.phone)];
  });
  // a region without a crisis line in region data: a line to write the local one on
  if (!region.crisis) rows.push([l('crisisLine'), BLANK, BLANK]);
  const services = config?.localResources ?? [];
  if (services.length === 0) rows.push([l('localServices'), BLANK, BLANK], ['', BLANK, BLANK]);
  services.forEach((s, i) => rows.push([i === 0 ? l('localServices') : '', [s.name, s.web].filter(Boolean).join(' · '), phone(s.phone)]));
  return { heading: l('heading'), intro: l('intro'), header: [l('who'), l('name'), l('phone')], rows };
}
