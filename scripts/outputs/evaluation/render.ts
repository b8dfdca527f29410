// The pre/post questionnaire: one sheet, front and back, the same form before and after the session (a box says which), with a
// made-up matching code instead of a name, and the help block at the foot like every printed sheet.
import { renderDocument, type Block, type Paper } from '../../lib/pdf/index.js';
import type { Session } from '../session.js';
import { docMeta, explainOverflow, footerText, helpPanel, type Community } from '../print.js';
import { formItems } from './model.js';

/** Letter and digits: a letter of a colour and a day of the month (B07). */
const CODE_BOXES = 3;

/** The form as blocks; the reading-level check reads the same blocks. */
export function evaluationBlocks(session: Session): Block[] {
  const { t, audience } = session;
  const e = (key: string) => t.text(`evaluation:${key}`, audience.id);
  return [
    { kind: 'banner', title: e('title'), subtitle: e('intro') },
    { kind: 'question', prompt: [{ text: e('when.label'), bold: true }], choices: [e('when.pre'), e('when.post')] },
    { kind: 'question', prompt: [{ text: e('code.label'), bold: true }], note: e('code.help'), choices: [], writeIn: CODE_BOXES },
    ...formItems(session).map((item): Block => ({
      kind: 'question',
      number: `${new Intl.NumberFormat(t.lang).format(item.number)}.`,
      prompt: [{ text: item.text }],
      choices: item.choices,
    })),
    { kind: 'heading', level: 3, text: e('thanks') }, // a heading, so it takes the back's room to spare and sits at its foot
  ];
}

export async function renderEvaluation(session: Session, community: Community, paper: Paper): Promise<Uint8Array> {
  const { largePrint } = community.config;
  const title = `${session.t.text('evaluation:title', session.audience.id)} (${session.audienceLabel})`;
  const meta = docMeta(session, paper, title, largePrint, community);
  // One sheet, front and back, printed twice per participant; large print (14 pt and up) may take a second sheet.
  const maxPages = largePrint ? 4 : 2;
  const what = `${session.audience.id} questionnaire, ${paper}${largePrint ? ', large print' : ''}`;
  return explainOverflow(session, what, `shorten the questions, options or code.help, or drop an item from content/evaluation/${session.audience.id}.yaml`,
    () => renderDocument({ ...meta, blocks: evaluationBlocks(session), pinned: helpPanel(session, false, false), fill: true, footer: (page, pages) => footerText(session, page, pages), maxPages }), 'evaluation');
}
