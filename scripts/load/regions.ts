// Helpers over region data shared by the renderers and the build's warnings.
import type { RegionDef, SlideDef, Verified } from '../lib/schema.js';

export interface DatedEntry {
  /** Key path in content/regions/<id>.yaml, e.g. "hotline.call" or "resources.cybertipline". */
  path: string;
  source: string;
  verified: Verified;
}

/** Every entry that carries a source and a verified date. */
export function datedEntries(region: RegionDef): DatedEntry[] {
  const { emergency, hotline } = region;
  const entries: Array<[string, { source: string; verified: Verified } | undefined]> = [
    ['emergency', emergency],
    ['hotline.call', hotline.call],
    ['hotline.text', hotline.text],
    ['hotline.web', hotline.web],
    ['crisis', region.crisis],
    ...region.resources.map((r): [string, typeof r] => [`resources.${r.id}`, r]),
  ];
  return entries.flatMap(([path, e]) => (e ? [{ path, source: e.source, verified: e.verified }] : []));
}

/** Where to check the hotline's details: its website, or (without one, e.g. AU) the source of its number. */
export function checkAt(region: RegionDef): string {
  return region.hotline.web?.url ?? region.hotline.call.source;
}

/** The oldest check of the region's entries, and whether any was checked only against FACTS.md. */
export function verificationSummary(region: RegionDef): { date: string; factsOnly: boolean } {
  const entries = datedEntries(region);
  const date = entries.map((e) => e.verified.date).sort()[0] ?? '';
  return { date, factsOnly: entries.some((e) => e.verified.against === 'FACTS.md') };
}

type Resource = RegionDef['resources'][number];

/** Every region's crisis line number: the post-render check refuses one in another region's kits. */
export function crisisNumbers(regions: Iterable<RegionDef>): string[] {
  return [...regions].flatMap((r) => (r.crisis ? [r.crisis.number] : []));
}

/** The region's crisis line when this audience's handout prints it (region data `crisis.handouts`). */
export function handoutCrisisLine(region: RegionDef, audience: string): RegionDef['crisis'] {
  return region.crisis?.handouts.includes(audience) ? region.crisis : undefined;
}

/** Resources a participant handout for this audience lists (not those already in its hotline block). */
export function handoutResources(region: RegionDef, audience: string): Resource[] {
  return region.resources.filter((r) => !r.withHotline && (r.handouts === 'all' || (Array.isArray(r.handouts) && r.handouts.includes(audience))));
}

/** A slide about a service (e.g. a US-only reporting site) is shown only where the region has that service. */
export function slideNeedsMet(slide: SlideDef, region: RegionDef | undefined): boolean {
  return (slide.needs ?? []).every((id) => (id === 'crisis' ? !!region?.crisis : region?.resources.some((r) => r.id === id)));
}
