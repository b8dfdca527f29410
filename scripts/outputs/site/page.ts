// What the kit list (dist/index.html) and each kit page (dist/<kit>/index.html) show, from the manifest: the
// files grouped as a facilitator uses them (present, prepare, print), with sizes in the kit's language.
import type { Artifact } from './index.js';
import type { KitText, SiteLabels } from './labels.js';

type Group = 'present' | 'prepare' | 'print' | 'kit';

/**
 * One row per document, in this order; a row links each paper size of it. `label` names a row by another row's
 * words; `large` rows are tagged "large print" always, `configLarge` ones when the kit config asks for large print.
 */
const ROWS: Array<{ key: string; label?: string; large?: boolean; configLarge?: boolean; group: Group; icon: string; is: (a: Artifact) => boolean }> = [
  { key: 'deck', group: 'present', icon: 'presentation', is: (a) => a.output === 'deck' },
  { key: 'deckPdf', group: 'present', icon: 'monitor-play', is: (a) => a.output === 'deck-pdf' },
  { key: 'deckNotes', configLarge: true, group: 'present', icon: 'notebook-pen', is: (a) => a.output === 'deck-notes' },
  { key: 'guidePdf', configLarge: true, group: 'prepare', icon: 'book-open-text', is: (a) => a.output === 'guide' && !!a.paper },
  { key: 'guideMd', group: 'prepare', icon: 'file-text', is: (a) => a.output === 'guide' },
  { key: 'slidesSource', group: 'prepare', icon: 'file-code', is: (a) => a.output === 'slides' },
  { key: 'handout', group: 'print', icon: 'printer', is: (a) => a.output === 'handout' },
  { key: 'handoutLarge', label: 'handout', large: true, group: 'print', icon: 'printer', is: (a) => a.output === 'handout-large' },
  { key: 'evaluation', group: 'print', icon: 'clipboard-check', is: (a) => a.output === 'evaluation' },
  { key: 'wallet', group: 'kit', icon: 'id-card', is: (a) => a.output === 'wallet' },
  { key: 'walletLarge', label: 'wallet', large: true, group: 'kit', icon: 'id-card', is: (a) => a.output === 'wallet-large' },
  { key: 'flyer', configLarge: true, group: 'kit', icon: 'megaphone', is: (a) => a.output === 'flyer' },
];
const GROUP_ICONS: Record<Group, string> = { present: 'presentation', prepare: 'book-open', print: 'printer', kit: 'id-card' };

export const isPreview = (a: Artifact) => a.output === 'preview';

/** The deck cover picture each kit page shows: the first slide picture of each deck printed in this build. */
export function deckPreviews(pictures: Map<string, Uint8Array[]>): Array<{ path: string; data: Uint8Array }> {
  return [...pictures].filter(([, list]) => list.length > 0).map(([deck, list]) => ({ path: `${deck}/preview-deck.jpg`, data: list[0] as Uint8Array }));
}

/** "85 kB", "1,2 MB", "٨٥ ك.بايت": a file size in the kit's language. */
export function fileSize(bytes: number, lang: string): string {
  const mb = bytes >= 1024 * 1024;
  const value = mb ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: mb ? 1 : 0 }).format(value);
}

interface Link { href: string; text: string; size: string }
interface Row { label: string; icon: string; note?: string; links: Link[] }

/** The rows of one group, each linking its files relative to the kit page. */
function rows(files: Artifact[], group: Group, text: KitText, lang: string): Row[] {
  const paper = (a: Artifact) => (a.paper === 'a4' ? text.ui.paperA4 : a.paper === 'letter' ? text.ui.paperLetter : undefined);
  const inGroup = (a: Artifact) => (ROWS.find((r) => r.is(a))?.group ?? 'prepare') === group;
  const rowOf = (a: Artifact) => ROWS.findIndex((r) => r.is(a));
  const mine = files.filter(inGroup).sort((a, b) => (rowOf(a) >>> 0) - (rowOf(b) >>> 0) || a.path.localeCompare(b.path));
  const result = new Map<string, Row>();
  for (const a of mine) {
    const def = ROWS[rowOf(a)];
    const name = a.path.split('/').pop() as string;
    const key = def?.key ?? name;
    const large = def?.large || (def?.configLarge && text.largePrint);
    const row = result.get(key) ?? { label: def ? text.ui[def.label ?? def.key] ?? name : name, icon: def?.icon ?? 'file-text', note: large ? text.ui.largePrint : undefined, links: [] };
    const href = a.path.split('/').slice(1).join('/') + (a.output === 'deck' ? '/index.html' : '');
    row.links.push({ href, text: paper(a) ?? (a.output === 'deck' ? text.ui.open : text.ui.download) ?? name, size: fileSize(a.bytes, lang) });
    result.set(key, row);
  }
  return [...result.values()];
}

function groups(files: Artifact[], list: Group[], text: KitText, lang: string) {
  return list.map((group) => ({ heading: text.ui[group], icon: GROUP_ICONS[group], rows: rows(files, group, text, lang) })).filter((g) => g.rows.length > 0);
}

export interface KitPageInput {
  kit: string;
  artifacts: Artifact[];
  labels: SiteLabels;
  /** Each audience's zip: its path (from the site root) and size in bytes. */
  zips: Map<string, { path: string; bytes: number }>;
}

/** Audiences in teaching order (the order of common.json's audience labels), community profiles after them. */
export function audiencesOf(artifacts: Artifact[], labels: SiteLabels): string[] {
  const order = Object.keys(labels.audience);
  const rank = (id: string) => order.indexOf(id) >>> 0;
  return [...new Set(artifacts.filter((a) => a.audience).map((a) => a.audience as string))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function kitPage({ kit, artifacts, labels, zips }: KitPageInput, text: KitText) {
  const info = labels.kits[kit];
  const lang = info?.lang ?? kit;
  const local = (path: string) => path.split('/').slice(1).join('/');
  const audiences = audiencesOf(artifacts, labels).map((id) => {
    const mine = artifacts.filter((a) => a.audience === id);
    const session = text.audiences[id];
    const preview = (name: string) => mine.find((a) => isPreview(a) && a.path.endsWith(`/${name}`));
    const zip = zips.get(id);
    return {
      id,
      label: session?.label ?? labels.audience[id] ?? id,
      length: session?.length ?? null,
      modules: session?.modules ?? [],
      deckPreview: preview('preview-deck.jpg') ? local(preview('preview-deck.jpg')!.path) : null,
      handoutPreview: preview('preview-handout.jpg') ? local(preview('preview-handout.jpg')!.path) : null,
      zip: zip ? { href: local(zip.path), size: fileSize(zip.bytes, lang), name: zip.path.split('/').pop() } : null,
      groups: groups(mine.filter((a) => !isPreview(a)), ['present', 'prepare', 'print'], text, lang),
    };
  });
  return {
    kit,
    lang,
    dir: info?.dir ?? 'ltr',
    language: info?.language ?? kit,
    region: text.region,
    mark: info?.mark ?? null,
    ui: text.ui,
    help: text.help,
    audiences,
    kitFiles: { rows: groups(artifacts.filter((a) => !a.audience), ['kit', 'prepare'], text, lang).flatMap((g) => g.rows) },
  };
}

/** The kit list: each kit in its own language, with its audiences and their session lengths. */
export function kitList(kits: string[], artifacts: Artifact[], labels: SiteLabels, textOf: (kit: string) => KitText) {
  return kits.map((kit) => {
    const text = textOf(kit);
    const info = labels.kits[kit];
    return {
      kit,
      href: `${kit}/index.html`,
      lang: info?.lang ?? kit,
      dir: info?.dir ?? 'ltr',
      language: info?.language ?? kit,
      region: text.region,
      title: text.ui.kitTitle,
      mark: info?.mark ?? null,
      audiences: audiencesOf(artifacts.filter((a) => a.kit === kit), labels).map((id) => ({
        href: `${kit}/index.html#${id}`,
        label: text.audiences[id]?.label ?? labels.audience[id] ?? id,
        length: text.audiences[id]?.length ?? null,
      })),
    };
  });
}
