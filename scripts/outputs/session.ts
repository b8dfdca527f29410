// The session for one kit and audience, in the kit's language: what every output renders from.
import type { Content } from '../load/load.js';
import type { AudienceDef, EvaluationDef, ModuleDef, RegionDef, SlideDef } from '../lib/schema.js';
import type { Kit } from '../load/kit.js';
import type { Translator } from '../load/translator.js';
import { placeholders } from '../lib/i18n/tree.js';
import { slideNeedsMet } from '../load/regions.js';

export interface SessionSlide {
  module: string;
  id: string;
  layout: SlideDef['layout'];
  title: string;
  subtitle?: string;
  points: string[];
  body?: string;
  scenario?: string;
  questions: string[];
  notes: { say: string; ask?: string; watch?: string };
  /** Source lines for the statistics shown on the slide, e.g. "ILO, Walk Free and IOM, Global Estimates… (2022)". */
  citations: string[];
  /** Source lines for statistics only the speaker notes cite: they go with the notes, not on the screen. */
  notesCitations: string[];
}

export interface SessionModule {
  id: string;
  title: string;
  goal: string;
  minutes: number;
  /** Minutes from the start of the session. */
  start: number;
  slides: SessionSlide[];
  sources: string[];
}

export interface Session {
  kit: Kit;
  audience: AudienceDef;
  audienceLabel: string;
  title: string;
  modules: SessionModule[];
  region: RegionDef;
  t: Translator;
  /** The draft-translation mark in the kit's language, when nobody has reviewed the translation yet. */
  draftMark?: string;
  /** The audience's pre/post questionnaire (content/evaluation/<audience>.yaml; validation requires one). */
  evaluation?: EvaluationDef;
  /** The file this kit's strings of a namespace come from first (es-MX has no evaluation.json: locales/es/...). */
  stringsFile: (namespace: string) => string;
}

/** Keys shown on the screen, and keys only the facilitator reads: each group carries its own source lines. */
const SCREEN_KEYS = ['title', 'subtitle', 'points', 'body', 'scenario', 'questions'];
const NOTES_KEYS = ['notes.say', 'notes.ask', 'notes.watch'];

export function buildSession(content: Content, kit: Kit, audience: AudienceDef, t: Translator): Session {
  let start = 0;
  const modules = audience.modules.map((entry) => {
    const def = content.modules.get(entry.id) as ModuleDef;
    const module = buildModule(content, def, audience.id, t, entry.minutes, start, kit.region.id);
    start += entry.minutes;
    return module;
  });
  const cover = modules[0]?.slides[0];
  return {
    kit,
    audience,
    audienceLabel: t.text(`common:audience.${audience.id}`),
    title: cover?.title ?? t.text(`common:guide.title`),
    modules,
    region: kit.region,
    t,
    draftMark: kit.locale.meta.status === 'draft' ? t.text('common:status.draft') : undefined,
    evaluation: content.evaluations.get(audience.id),
    stringsFile: (ns) => `locales/${kit.chain.find((tag) => content.locales.get(tag)?.namespaces[ns]) ?? 'en'}/${ns}.json`,
  };
}

function buildModule(content: Content, def: ModuleDef, audience: string, t: Translator, minutes: number, start: number, region: string): SessionModule {
  const slides = def.slides
    .filter((s) => !s.audiences || s.audiences.includes(audience))
    .filter((s) => slideNeedsMet(s, content.regions.get(region)))
    .map((s) => buildSlide(content, def.id, s, audience, t));
  return {
    id: def.id,
    title: t.text(`${def.id}:module.title`, audience),
    goal: t.text(`${def.id}:module.goal`, audience),
    minutes,
    start,
    slides,
    // a US law in a Canadian guide's source list would mislead; statistics a slide cites are listed with it anyway
    sources: def.sources.filter((id) => [undefined, region].includes(content.facts.sources[id]?.jurisdiction)).map((id) => sourceLine(content, id)),
  };
}

function buildSlide(content: Content, ns: string, def: SlideDef, audience: string, t: Translator): SessionSlide {
  const key = (k: string) => `${ns}:${def.id}.${k}`;
  const optional = (k: string) => (t.has(key(k), audience) ? t.text(key(k), audience) : undefined);
  const sourceIds = (keys: string[]) => {
    const cited = keys.flatMap((k) => t.raw(key(k), audience)).flatMap(placeholders).filter((p) => p.startsWith('stats.'));
    return [...new Set(cited.map((p) => content.facts.stats[p.slice(6)]?.source).filter((s): s is string => !!s))];
  };
  const screen = sourceIds(SCREEN_KEYS);
  return {
    module: ns,
    id: def.id,
    layout: def.layout,
    title: t.text(key('title'), audience),
    subtitle: optional('subtitle'),
    points: t.list(key('points'), audience),
    body: optional('body'),
    scenario: optional('scenario'),
    questions: t.list(key('questions'), audience),
    notes: { say: t.text(key('notes.say'), audience), ask: optional('notes.ask'), watch: optional('notes.watch') },
    citations: screen.map((id) => sourceLine(content, id)),
    notesCitations: sourceIds(NOTES_KEYS).filter((id) => !screen.includes(id)).map((id) => sourceLine(content, id)),
  };
}

export function sourceLine(content: Content, id: string): string {
  const source = content.facts.sources[id];
  if (!source) return id;
  return `${source.publisher}, ${source.title} (${source.year})${source.url ? `, ${source.url}` : ''}`;
}
