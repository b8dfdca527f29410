// What the kit pages say, in each kit's own language: the page's words (common.json `index`), each audience's
// session (length and modules, from content/audiences) and the help line exactly as region data has it.
import type { Content } from '../../load/load.js';
import { allKitTags, resolveKit, type Kit } from '../../load/kit.js';
import { createTranslator, type Translator } from '../../load/translator.js';
import { kitInfo, type KitInfo } from './index.js';

export interface HelpLine { label: string; value: string; icon: string; href?: string }

export interface AudienceText { label: string; length: string; modules: Array<{ title: string; length: string }> }

/** One kit's page text, every string in the kit's language (along its locale chain). */
export interface KitText {
  ui: Record<string, string>;
  region: string;
  audiences: Record<string, AudienceText>;
  help: { heading: string; name: string; lines: HelpLine[] };
  largePrint: boolean;
}

/** Labels for the pages: the English ones for the kit list, and each kit's own. */
export interface SiteLabels {
  index: Record<string, string>;
  audience: Record<string, string>;
  kits: Record<string, KitInfo>;
  pages: Record<string, KitText>;
}

/** What the kit pages say about each kit; a merge makes the pages from the same labels. */
export function siteLabels(content: Content): SiteLabels {
  const common = (content.locales.get('en')?.namespaces.common ?? {}) as Record<string, Record<string, string>>;
  const kits: Record<string, KitInfo> = {};
  const pages: Record<string, KitText> = {};
  for (const tag of allKitTags(content)) {
    try {
      const kit = resolveKit(tag, content);
      kits[tag] = kitInfo(kit, content);
      pages[tag] = kitText(kit, content, Object.keys(common.index ?? {}));
    } catch { /* kits not in this content tree keep their tag */ }
  }
  return { index: common.index ?? {}, audience: common.audience ?? {}, kits, pages };
}

function kitText(kit: Kit, content: Content, keys: string[]): KitText {
  const t = createTranslator(kit, content);
  const minutes = (count: number) => t.text('common:format.minutes', undefined, { count });
  const audiences: Record<string, AudienceText> = {};
  for (const audience of content.audiences.values()) {
    audiences[audience.id] = {
      label: t.text(`common:audience.${audience.id}`),
      length: minutes(audience.minutes),
      modules: audience.modules.map((m) => ({ title: t.text(`${m.id}:module.title`, audience.id), length: minutes(m.minutes) })),
    };
  }
  return {
    ui: pageWords(t, keys),
    region: regionName(kit),
    audiences,
    help: helpBlock(kit, t),
    largePrint: content.config.largePrint === true,
  };
}

/** Every page word the English source has, in the kit's language; a content tree that lacks some (a small test
 *  fixture) gets the key's name, so the page still renders. */
function pageWords(t: Translator, keys: string[]): Record<string, string> {
  const word = (key: string) => (t.has(`common:index.${key}`) ? t.text(`common:index.${key}`) : key);
  const ui = Object.fromEntries([...new Set([...keys, ...PAGE_KEYS])].map((key) => [key, word(key)]));
  // the questionnaire's name lives with its other words (evaluation.json), not in common.json's page words
  const evaluation = t.has('evaluation:label') ? t.text('evaluation:label') : 'evaluation';
  return { ...ui, evaluation, lengthLabel: t.label(ui.length as string) };
}

/** The words the kit page templates use. */
const PAGE_KEYS = ['title', 'intro', 'offline', 'kitFiles', 'kitTitle', 'kitIntro', 'allKits', 'audiences', 'length', 'modules', 'present', 'prepare', 'print', 'open', 'download', 'paperLetter', 'paperA4', 'largePrint', 'previewDeck', 'previewHandout', 'downloadAll', 'zipNote'];

/** "Estados Unidos" for es-US: the region's name in the kit's language. */
function regionName(kit: Kit): string {
  const region = kit.tag.split('-').pop() as string;
  try {
    return new Intl.DisplayNames([kit.lang], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** The hotline block as the handouts print it: labels from the locale, numbers from region data only. */
function helpBlock(kit: Kit, t: Translator): KitText['help'] {
  const { hotline, emergency, resources } = kit.region;
  const lines: HelpLine[] = [{ label: t.text('common:hotline.call'), value: hotline.call.number, icon: 'phone', href: telHref(hotline.call.number) }];
  if (hotline.text) {
    const word = hotline.text.word && hotline.text.word !== hotline.text.number ? ` (${hotline.text.word})` : '';
    lines.push({ label: t.text('common:hotline.text'), value: `${hotline.text.number}${word}`, icon: 'message-square' });
  }
  if (hotline.web) lines.push({ label: t.text('common:hotline.web'), value: hotline.web.url, icon: 'globe' });
  lines.push({ label: t.text('common:hotline.emergency'), value: emergency.number, icon: 'siren', href: telHref(emergency.number) });
  for (const r of resources.filter((r) => r.withHotline && r.call)) {
    lines.push({ label: t.text('common:hotline.support'), value: `${r.call} (${r.name})`, icon: 'heart-handshake', href: telHref(r.call!) });
  }
  const heading = hotline.hours ? t.text('common:hotline.headingHours', undefined, { hours: t.vars.hotline.hours }) : t.text('common:hotline.heading');
  return { heading, name: hotline.name, lines };
}
