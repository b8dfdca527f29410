// The notes PDF, for facilitators who print: each slide's picture with its speaker notes (the script the slides
// carry), two slides a page, the hotline in the running header. The pictures come from the deck PDF's browser pass,
// so it needs the deck PDF in the same build, and with it a browser.
import type { OutputDef, RenderContext } from '../types.js';
import type { Block, Paper } from '../../lib/pdf/index.js';
import { renderDocument } from '../../lib/pdf/index.js';
import { buildGuideModel } from '../guide/model.js';
import { slideBlocks } from '../guide/pdf.js';
import { hotlineBlock } from '../hotline.js';
import { docMeta, footerText } from '../print.js';

export const deckNotes: OutputDef = {
  scope: 'audience',
  slidePictures: 'required',
  files: (papers) => papers.map((paper) => ({ name: `deck-notes-${paper}.pdf`, paper })),
  render: async (ctx, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderNotes(ctx, file.paper!) }))),
};

function renderNotes({ session, pictures, largePrint }: RenderContext, paper: Paper): Promise<Uint8Array> {
  const { script } = buildGuideModel(session);
  const slides = script.modules.flatMap((m) => m.slides);
  const blocks = slides.flatMap((slide, i): Block[] => [
    ...(i > 0 && i % 2 === 0 ? [{ kind: 'pageBreak' } as const] : []),
    ...slideBlocks(slide, script.onSlide, pictures?.[slide.number - 1], true),
  ]);
  const hotline = hotlineBlock(session);
  return renderDocument({
    ...docMeta(session, paper, session.title, largePrint),
    blocks,
    // the hotline on every page a facilitator holds
    runningHeader: `${hotline.name} · ${hotline.lines[0]!.label} ${hotline.lines[0]!.value}`,
    footer: (page, pages) => footerText(session, page, pages),
  });
}
