// Schemas for every content file. Validation messages name the key path; the loader adds the file.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and dashes (e.g. "red-flags")');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD');

export const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'] as const;

export const SLIDE_LAYOUTS = ['title', 'bullets', 'statement', 'activity', 'hotline', 'check'] as const;

export const slideSchema = z.strictObject({
  id,
  layout: z.enum(SLIDE_LAYOUTS),
  /** Audiences that see this slide; omitted means every audience that takes the module. */
  audiences: z.array(z.string()).min(1).optional(),
  /**
   * Region resources (content/regions/<ID>.yaml `resources[].id`) the slide is about: it is shown only in kits whose
   * region has every one of them, so a service that exists in one country is never presented in another.
   */
  needs: z.array(id).min(1).optional(),
});

export const moduleSchema = z.strictObject({
  id,
  /** Ids from content/facts.yaml `sources`, listed in the facilitator guide. */
  sources: z.array(z.string()).default([]),
  slides: z.array(slideSchema).min(1),
});

export const audienceSchema = z.strictObject({
  id,
  minutes: z.number().int().min(15).max(180),
  /** Highest Flesch-Kincaid grade allowed for the English participant handout. */
  readingGrade: z.number().min(3).max(18),
  modules: z.array(z.strictObject({ id: z.string(), minutes: z.number().int().min(1).max(60) })).min(1),
});

/**
 * The pre/post questionnaire of one audience (content/evaluation/<audience>.yaml): 5-8 items from the session's own
 * modules. trueFalse items have the correct answer; a choice item names its options and the one right answer; a
 * confidence item (1-5) has none. Every word is in locales/<lang>/evaluation.json under items.<id>.
 */
const evaluationItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('trueFalse'), module: id, answer: z.boolean() }),
  z.strictObject({ id, kind: z.literal('choice'), module: id, options: z.array(id).min(2).max(4), answer: id }),
  z.strictObject({ id, kind: z.literal('confidence'), module: id }),
]);

/** The confidence scale's boxes, keys of evaluation.json's scale.*, least to most sure (the guide scores them 1 to 5). */
export const CONFIDENCE_SCALE = ['notAtAll', 'aLittle', 'fairly', 'quite', 'very'] as const;

export const evaluationSchema = z.strictObject({
  /** The audience this form is for (the file's name). */
  id,
  items: z.array(evaluationItemSchema).min(5, 'a form has 5 to 8 items').max(8, 'a form has 5 to 8 items: keep it short'),
});

/**
 * When an entry was last checked and against what: its own source (the hotline's website, a bulletin) or only the
 * project's fact sheet (FACTS.md), which the build then asks the facilitator to check at the source before printing.
 */
const verifiedSchema = z.strictObject({ date: isoDate, against: z.enum(['source', 'FACTS.md']) });
export type Verified = z.infer<typeof verifiedSchema>;
const verified = { source: z.string().min(3), verified: verifiedSchema };
const phoneLike = z.string().regex(/^[0-9][0-9 -]*[0-9]$/, 'digits, spaces and dashes only (e.g. "1-888-373-7888")');
const webAddress = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'write the address without https://');
/** BCP 47 language codes ("en", "es"): printed as language names in the kit's language (Intl.DisplayNames). */
const languageCodes = z.array(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as "en" or "es"')).min(1);

export const regionSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}$/, 'use the two-letter ISO 3166 code, e.g. "US"'),
  name: z.string().min(2),
  emergency: z.strictObject({ number: phoneLike, ...verified }),
  hotline: z.strictObject({
    /** The official name, printed as written; its description is in locales/<lang>/regions.json (<ID>.hotline). */
    name: z.string().min(3),
    call: z.strictObject({ number: phoneLike, ...verified }),
    text: z.strictObject({ number: phoneLike, word: z.string().optional(), ...verified }).optional(),
    /** Only a page the facts sheet names for the hotline; without one no web line and no QR code are printed. */
    web: z.strictObject({ url: webAddress, ...verified }).optional(),
    // Service details, printed only when present (never assumed): {{hotline.hours}}, {{hotline.languages}}, {{hotline.channels}}.
    hours: z.enum(['24/7', '24/7/365']).optional(),
    callLanguages: languageCodes.optional(),
    /** "more than N languages" by phone (through interpreters when `interpreters` is true). */
    moreLanguages: z.number().int().positive().optional(),
    interpreters: z.boolean().optional(),
    tty: phoneLike.optional(),
    textLanguages: languageCodes.optional(),
    chatLanguages: languageCodes.optional(),
  }),
  /**
   * Further places to get help or report, always in the facilitator guide; `handouts` lists the audiences whose
   * participant handout prints it ("all" for every one; absent: guide only); `withHotline` prints its number in
   * the hotline block of every output (slides, handouts, wallet cards, flyer, guide).
   * Descriptions are in locales/<lang>/regions.json under <ID>.resources.<id>.use.
   */
  /**
   * A crisis line for participants the session upsets (emotional distress, any age), only where FACTS.md names one:
   * printed in the guide's support plan and on the handouts `handouts` lists. The kits say "call or text" the number,
   * so it must take both at that number. A region without one gets a build warning; none is ever made up.
   */
  crisis: z.strictObject({
    name: z.string().min(3),
    number: phoneLike,
    handouts: z.array(z.string()).min(1),
    ...verified,
  }).optional(),
  resources: z.array(z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "cybertipline"'),
    name: z.string().min(3),
    call: phoneLike.optional(),
    web: webAddress.optional(),
    handouts: z.union([z.literal('all'), z.array(z.string()).min(1)]).optional(),
    withHotline: z.boolean().optional(),
    ...verified,
  })).default([]),
});

export const sourceSchema = z.strictObject({
  publisher: z.string().min(2),
  title: z.string().min(2),
  year: z.number().int().min(1990).max(2100),
  url: z.string().optional(),
  /** A source about one country's law or services (e.g. US): listed only in that region's guides. */
  jurisdiction: z.string().regex(/^[A-Z]{2}$/).optional(),
});

export const STAT_FORMATS = ['compact', 'count', 'percent', 'usd-compact', 'usd', 'ratio', 'years'] as const;

export const statSchema = z.strictObject({
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  format: z.enum(STAT_FORMATS),
  /** The year the figure describes. */
  year: z.number().int(),
  source: z.string(),
});

export const factsSchema = z.strictObject({
  sources: z.record(z.string(), sourceSchema),
  stats: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'stat ids are camelCase'), statSchema),
});

export const localeMetaSchema = z.strictObject({
  name: z.string(),
  nativeName: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  script: z.enum(['latin', 'arabic', 'han', 'cyrillic']).default('latin'),
  status: z.enum(['source', 'draft', 'reviewed']),
  translators: z.array(z.string()).default([]),
  reviewedBy: z.string().optional(),
  /** Regions this locale makes kits for with --all, e.g. ["US", "CA"] -> fr-US, fr-CA. */
  regions: z.array(z.string().regex(/^[A-Z]{2}$/, 'two-letter region codes, e.g. "US"')).default([]),
});

/** The local contacts sheet's rows, in print order (local services come from `localResources`). */
export const LOCAL_CONTACT_ROLES = ['supportPerson', 'safeguardingLead', 'childProtection', 'policeNonEmergency'] as const;
export type LocalContactRole = typeof LOCAL_CONTACT_ROLES[number];
const localContact = z.strictObject({ name: z.string().min(1).optional(), phone: z.string().min(1).optional() })
  .refine((c) => c.name || c.phone, 'give a name, a phone number or both (or leave the contact out for a blank line)');

export const kitConfigSchema = z.strictObject({
  kits: z.array(z.string()).min(1).default(['en-US']),
  audiences: z.array(z.string()).min(1).optional(),
  paper: z.array(z.enum(['letter', 'a4'])).min(1).default(['letter', 'a4']),
  largePrint: z.boolean().default(false),
  organization: z.strictObject({
    name: z.string().min(1),
    web: z.string().optional(),
    phone: z.string().optional(),
    logo: z.string().optional(),
    /** Brand colour for headings, rules and bands on the printed sheets (#rrggbb); white text must reach AA on it. */
    color: z.string().optional(),
  }).optional(),
  localResources: z.array(z.strictObject({
    name: z.string().min(1),
    phone: z.string().optional(),
    web: z.string().optional(),
  })).default([]),
  /** The facilitator guide's local contacts sheet; a contact left out is a blank line to write in before the session. */
  localContacts: z.strictObject(Object.fromEntries(LOCAL_CONTACT_ROLES.map((role) => [role, localContact])) as Record<LocalContactRole, typeof localContact>).partial().default({}),
});

export type SlideDef = z.infer<typeof slideSchema>;
export type ModuleDef = z.infer<typeof moduleSchema>;
export type AudienceDef = z.infer<typeof audienceSchema>;
export type EvaluationDef = z.infer<typeof evaluationSchema>;
export type EvaluationItem = EvaluationDef['items'][number];
export type RegionDef = z.infer<typeof regionSchema>;
export type SourceDef = z.infer<typeof sourceSchema>;
export type StatDef = z.infer<typeof statSchema>;
export type FactsDef = z.infer<typeof factsSchema>;
export type LocaleMeta = z.infer<typeof localeMetaSchema>;
export type KitConfig = z.infer<typeof kitConfigSchema>;
