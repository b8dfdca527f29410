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

const verified = { source: z.string().min(3), verified: isoDate };
const phoneLike = z.string().regex(/^[0-9][0-9 -]*[0-9]$/, 'digits, spaces and dashes only (e.g. "1-888-373-7888")');

export const regionSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}$/, 'use the two-letter ISO 3166 code, e.g. "US"'),
  name: z.string().min(2),
  emergency: z.strictObject({ number: phoneLike, ...verified }),
  hotline: z.strictObject({
    name: z.string().min(3),
    call: z.strictObject({ number: phoneLike, ...verified }),
    text: z.strictObject({ number: phoneLike, word: z.string().optional(), ...verified }).optional(),
    web: z.strictObject({ url: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'write the address without https://'), ...verified }),
    hours: z.string().min(2).optional(),
    languages: z.string().optional(),
  }),
  /** Further reporting bodies, printed in the guide and on the handout's back. */
  resources: z.array(z.strictObject({
    name: z.string().min(3),
    call: phoneLike.optional(),
    web: z.string().optional(),
    use: z.string().min(3),
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

export const STAT_FORMATS = ['compact', 'count', 'percent', 'usd-compact', 'usd', 'ratio'] as const;

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
  }).optional(),
  localResources: z.array(z.strictObject({
    name: z.string().min(1),
    phone: z.string().optional(),
    web: z.string().optional(),
  })).default([]),
});

export type SlideDef = z.infer<typeof slideSchema>;
export type ModuleDef = z.infer<typeof moduleSchema>;
export type AudienceDef = z.infer<typeof audienceSchema>;
export type RegionDef = z.infer<typeof regionSchema>;
export type SourceDef = z.infer<typeof sourceSchema>;
export type StatDef = z.infer<typeof statSchema>;
export type FactsDef = z.infer<typeof factsSchema>;
export type LocaleMeta = z.infer<typeof localeMetaSchema>;
export type KitConfig = z.infer<typeof kitConfigSchema>;
