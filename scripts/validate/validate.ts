// Cross-file checks after each file has passed its schema: ids exist, minutes add up, English is complete.
import { Problems } from '../lib/errors.js';
import { checkEvaluations } from './evaluation.js';
import { requireString } from './strings.js';
import type { Content, StringTree } from '../load/load.js';
import type { ModuleDef, SlideDef } from '../lib/schema.js';
import { flatten, placeholders } from '../lib/i18n/tree.js';
import type { Kit } from '../load/kit.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import { slideNeedsMet } from '../load/regions.js';

/** Keys each layout shows, besides title and notes.say. */
const LAYOUT_KEYS: Record<SlideDef['layout'], string[]> = {
  title: [],
  bullets: ['points'],
  statement: ['body'],
  activity: ['questions'],
  hotline: [],
  check: ['questions'],
};

/** Namespaces whose strings may use only fact placeholders (common.json labels take code-supplied values). */
const FACT_PLACEHOLDER = /^(hotline\.(name|call|text|textWord|web|hours|languages|channels)|emergency|stats\.[A-Za-z0-9]+|resources\.[a-z0-9-]+\.(name|call|web)|crisis\.(name|call))$/;
const PLACEHOLDER_HINT = 'use {{hotline.call}}, {{hotline.text}}, {{hotline.web}}, {{hotline.hours}}, {{hotline.languages}}, {{hotline.channels}}, {{emergency}}, {{stats.<id>}} from content/facts.yaml or {{resources.<id>.name|call|web}} and {{crisis.name|call}} from region data; other braces are not allowed';

export function validateContent(content: Content): void {
  const problems = new Problems();
  checkAudiences(content, problems);
  checkRegionAudiences(content, problems);
  for (const module of content.modules.values()) checkModule(content, module, problems);
  checkFacts(content, problems);
  checkEvaluations(content, problems);
  checkPlaceholders(content, problems);
  problems.throwIfAny();
}

function checkAudiences(content: Content, problems: Problems): void {
  for (const audience of content.audiences.values()) {
    const file = `content/audiences/${audience.id}.yaml`;
    audience.modules.forEach((entry, i) => {
      if (!content.modules.has(entry.id)) {
        problems.add({ file, keyPath: `modules.${i}.id`, message: `unknown module "${entry.id}"`, hint: `use one of: ${[...content.modules.keys()].join(', ')}` });
      }
    });
    const total = audience.modules.reduce((sum, m) => sum + m.minutes, 0);
    if (total !== audience.minutes) {
      problems.add({ file, keyPath: 'modules', message: `module minutes add up to ${total}, but the session is ${audience.minutes} minutes`, hint: 'change the module minutes or the session length so they match' });
    }
  }
}

/** A region's audience lists (which handouts print a line): a misspelt id would silently drop a help line. */
function checkRegionAudiences(content: Content, problems: Problems): void {
  const known = [...content.audiences.keys()];
  const check = (file: string, keyPath: string, ids: string[]) => ids.forEach((id, i) => {
    if (!content.audiences.has(id)) problems.add({ file, keyPath: `${keyPath}.${i}`, message: `unknown audience "${id}"`, hint: `use one of: ${known.join(', ')}` });
  });
  for (const region of content.regions.values()) {
    const file = `content/regions/${region.id}.yaml`;
    if (region.crisis) check(file, 'crisis.handouts', region.crisis.handouts);
    region.resources.forEach((r, i) => Array.isArray(r.handouts) && check(file, `resources.${i}.handouts`, r.handouts));
  }
}

function checkModule(content: Content, module: ModuleDef, problems: Problems): void {
  const file = `content/modules/${module.id}.yaml`;
  module.sources.forEach((id, i) => {
    if (!content.facts.sources[id]) problems.add({ file, keyPath: `sources.${i}`, message: `unknown source "${id}"`, hint: 'add it to content/facts.yaml under sources, or fix the id' });
  });
  const strings = content.locales.get(SOURCE_LOCALE)?.namespaces[module.id];
  const stringsFile = `locales/en/${module.id}.json`;
  if (!strings) {
    problems.add({ file: stringsFile, message: `is missing: module "${module.id}" has no English strings`, hint: 'create it (see CONTENT.md)' });
    return;
  }
  for (const key of ['module.title', 'module.goal']) requireString(strings, key, [], stringsFile, problems);
  const users = [...content.audiences.values()].filter((a) => a.modules.some((m) => m.id === module.id)).map((a) => a.id);
  module.slides.forEach((slide, i) => {
    slide.audiences?.forEach((a, j) => {
      if (!content.audiences.has(a)) problems.add({ file, keyPath: `slides.${i}.audiences.${j}`, message: `unknown audience "${a}"`, hint: `use one of: ${[...content.audiences.keys()].join(', ')}` });
    });
    slide.needs?.forEach((need, j) => {
      if (!resourcePlaceholders(content).has(need === 'crisis' ? 'crisis.name' : `resources.${need}.name`)) problems.add({ file, keyPath: `slides.${i}.needs.${j}`, message: `no region has a resource "${need}"`, hint: 'use a resource id from content/regions/<ID>.yaml or "crisis" (the region\'s crisis line), or remove it' });
    });
    const seenBy = users.filter((a) => !slide.audiences || slide.audiences.includes(a));
    for (const key of ['title', 'notes.say', ...LAYOUT_KEYS[slide.layout]]) {
      requireString(strings, `${slide.id}.${key}`, seenBy, stringsFile, problems);
    }
  });
}

function checkFacts(content: Content, problems: Problems): void {
  for (const [id, stat] of Object.entries(content.facts.stats)) {
    if (!content.facts.sources[stat.source]) {
      problems.add({ file: 'content/facts.yaml', keyPath: `stats.${id}.source`, message: `unknown source "${stat.source}"`, hint: 'add it under sources' });
    }
    const isPair = Array.isArray(stat.value);
    if (isPair !== (stat.format === 'ratio')) {
      problems.add({ file: 'content/facts.yaml', keyPath: `stats.${id}.value`, message: 'a ratio needs a [a, b] value, and only a ratio may have one', hint: 'write value: [4, 5] with format: ratio, or a single number' });
    }
  }
}

function checkPlaceholders(content: Content, problems: Problems): void {
  for (const locale of content.locales.values()) {
    for (const [ns, tree] of Object.entries(locale.namespaces)) {
      if (ns === 'common') continue;
      for (const { key, value } of flatten(tree)) {
        for (const name of placeholders(value)) {
          const known = FACT_PLACEHOLDER.test(name) && (!name.startsWith('stats.') || content.facts.stats[name.slice(6)]) && (!/^(resources|crisis)\./.test(name) || resourcePlaceholders(content).has(name));
          if (!known) {
            problems.add({ file: `locales/${locale.tag}/${ns}.json`, keyPath: key, message: `unknown placeholder {{${name}}}`, hint: PLACEHOLDER_HINT });
          }
        }
      }
    }
  }
}

/** Strings a kit uses may only name facts its region has (e.g. no {{hotline.text}} where there is no text line). */
export function validateKitFacts(kit: Kit, content: Content): void {
  const problems = new Problems();
  const available = new Set(['emergency', ...kitHotlinePlaceholders(kit), ...regionResourcePlaceholders(kit.region)]);
  const claimed = new Set<string>(gatedOffSlideKeys(kit, content)); // a key is printed from the most specific locale that has it
  for (const tag of kit.chain) {
    for (const [ns, tree] of Object.entries(content.locales.get(tag)?.namespaces ?? {})) {
      if (ns === 'common') continue;
      const entries = flatten(tree).map((e) => ({ ...e, id: `${ns}:${e.key.replace(/\.\d+$/, '')}` }));
      const mine = entries.filter((e) => !claimed.has(e.id) && !claimed.has(slideOf(e.id)));
      for (const e of mine) claimed.add(e.id);
      for (const { key, value } of mine) {
        for (const name of placeholders(value).filter((p) => !p.startsWith('stats.') && !available.has(p))) {
          problems.add({ file: `locales/${tag}/${ns}.json`, keyPath: key, message: `uses {{${name}}}, which content/regions/${kit.region.id}.yaml does not have (kit ${kit.tag})`, hint: `reword the string without it, or override it in a regional locale folder (e.g. locales/${kit.lang.split('-')[0]}-${kit.region.id}/${ns}.json)` });
        }
      }
    }
  }
  problems.throwIfAny();
}

/** The {{hotline.*}} placeholders a kit's region data can fill: a detail it lacks (hours, languages, web) is never printed. */
export function kitHotlinePlaceholders(kit: Kit): string[] {
  const { hotline } = kit.region;
  const has = {
    name: true,
    call: true,
    text: !!hotline.text,
    textWord: !!hotline.text,
    web: !!hotline.web,
    hours: !!hotline.hours,
    languages: !!(hotline.callLanguages || hotline.moreLanguages),
    channels: !!(hotline.textLanguages || hotline.chatLanguages || hotline.tty),
  };
  return Object.entries(has).filter(([, v]) => v).map(([k]) => `hotline.${k}`);
}

/** {{resources.<id>.name|call|web}} for the fields one region's resources have. */
function regionResourcePlaceholders(region: Kit['region']): string[] {
  const crisis = region.crisis ? ['crisis.name', 'crisis.call'] : [];
  return [...crisis, ...region.resources.flatMap((r) => ['name', ...(r.call ? ['call'] : []), ...(r.web ? ['web'] : [])].map((f) => `resources.${r.id}.${f}`))];
}

/** Every resource placeholder some region can fill. */
function resourcePlaceholders(content: Content): Set<string> {
  return new Set([...content.regions.values()].flatMap(regionResourcePlaceholders));
}

/** "recruitment:take-it-down.points" -> "recruitment:take-it-down" */
const slideOf = (id: string) => id.split('.')[0]!;

/** Slides a kit never shows because its region lacks a service they need: their strings are never printed there. */
function gatedOffSlideKeys(kit: Kit, content: Content): string[] {
  return [...content.modules.values()].flatMap((m) => m.slides.filter((s) => !slideNeedsMet(s, kit.region)).map((s) => `${m.id}:${s.id}`));
}
