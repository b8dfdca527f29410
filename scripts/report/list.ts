// `--list`: what this content tree knows.
import { fsReader } from '../lib/reader.js';
import { loadContent } from '../load/load.js';
import { allKitTags } from '../load/kit.js';

export function listKnown(root: string, configFile: string | undefined, log: (line: string) => void): void {
  const content = loadContent(fsReader(root), configFile);
  log(`Audiences: ${[...content.audiences.values()].map((a) => `${a.id} (${a.minutes} min)`).join(', ')}`);
  log(`Modules:   ${[...content.modules.keys()].join(', ')}`);
  log(`Locales:   ${[...content.locales.values()].map((l) => `${l.tag} (${l.meta.nativeName}, ${l.meta.status})`).join(', ')}`);
  log(`Regions:   ${[...content.regions.values()].map((r) => `${r.id} (${r.name})`).join(', ')}`);
  log(`Kits (--all): ${allKitTags(content).join(', ')}`);
  log(`Kits in config: ${content.config.kits.join(', ')}`);
}
