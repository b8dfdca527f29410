// The pre/post questionnaire, one page per audience and paper size (the answer key is in the facilitator guide).
import type { OutputDef } from '../types.js';
import { renderEvaluation } from './render.js';

export const evaluation: OutputDef = {
  scope: 'audience',
  files: (papers) => papers.map((paper) => ({ name: `evaluation-${paper}.pdf`, paper })),
  render: ({ session, community }, files) => Promise.all(files.map(async (file) => ({ path: file.path, data: await renderEvaluation(session, community, file.paper!) }))),
};
