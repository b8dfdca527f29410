// "Download everything for this audience": one zip of the audience's files to print and present, with the kit's
// wallet cards and flyer. Same files, same bytes: fixed dates, a fixed order, fixed compression.
import { zipSync, type Zippable } from 'fflate';
import type { Artifact } from './index.js';

/** Noon on a fixed day, in local time: fflate writes DOS dates from local time, so this gives the same fields anywhere. */
const FIXED_DATE = new Date(2026, 0, 1, 12, 0, 0);

/** The deck site needs a web server to run (not from a zip), and previews are pictures of files already in it. */
export const inZip = (a: Artifact) => a.output !== 'deck' && a.output !== 'preview';

/** The zip's path: dist/<kit>/<kit>-<audience>.zip, a name that says what it holds once downloaded. */
export const zipPath = (kit: string, audience: string) => `${kit}/${kit}-${audience}.zip`;

/** Files under one folder named like the zip; PDFs are stored (already compressed), text deflated. */
export function audienceZip(folder: string, files: Array<{ artifact: Artifact; data: Uint8Array }>): Uint8Array {
  const entries: Zippable = {};
  for (const { artifact, data } of [...files].sort((a, b) => a.artifact.path.localeCompare(b.artifact.path))) {
    const name = artifact.path.split('/').pop() as string;
    entries[`${folder}/${name}`] = [data, { level: /\.(md|txt|json)$/.test(name) ? 9 : 0, mtime: FIXED_DATE }];
  }
  return zipSync(entries, { mtime: FIXED_DATE });
}
