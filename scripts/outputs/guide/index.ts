// The facilitator guide: Markdown, and a PDF per paper size, from one model; the PDFs show the slide pictures when
// the deck PDF is printed in the same build.
import type { OutputDef } from '../types.js';
import { buildGuideModel } from './model.js';
import { renderGuidePdf } from './pdf.js';

export const guide: OutputDef = {
  scope: 'audience',
  slidePictures: 'optional',
  files: (papers) => [{ name: 'facilitator-guide.md' }, ...papers.map((paper) => ({ name: `facilitator-guide-${paper}.pdf`, paper }))],
  render: async ({ session, templates, largePrint, pictures, community }, files) => {
    const model = buildGuideModel(session, community);
    return Promise.all(files.map(async (file) => ({
      path: file.path,
      data: file.paper ? await renderGuidePdf(session, model, file.paper, largePrint, pictures) : templates.guide(model),
    })));
  },
};
