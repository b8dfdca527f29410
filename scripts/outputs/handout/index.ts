// The participant handout, one sheet front and back, per audience and paper size; and a picture of its first page
// (of the first paper size) for the kit page.
import type { OutputDef } from '../types.js';
import { renderHandout } from './render.js';
import { firstPageJpeg } from '../../lib/tools/pdf-picture.js';

/** About 2.5 times the width the kit page shows it at, for sharp phone and laptop screens; JPEG keeps it near 20 KB. */
const PREVIEW = { width: 320, quality: 75 };

export const handout: OutputDef = {
  scope: 'audience',
  files: (papers) => [...papers.map((paper) => ({ name: `handout-${paper}.pdf`, paper })), { name: 'preview-handout.jpg', preview: true }],
  render: async ({ session, community }, files) => {
    const pdfs = await Promise.all(files.filter((file) => file.paper).map(async (file) => ({ path: file.path, data: await renderHandout(session, community, file.paper!, false) })));
    const preview = files.find((file) => file.preview);
    return preview && pdfs[0] ? [...pdfs, { path: preview.path, data: await firstPageJpeg(pdfs[0].data, PREVIEW) }] : pdfs;
  },
};
