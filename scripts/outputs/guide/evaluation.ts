// The guide's evaluation section: when to hand out the pre/post form, the matching code, the answer key (from the
// same items as the form itself, in the same order) and how to compare before and after.
import type { Session } from '../session.js';
import { formItems } from '../evaluation/model.js';

export interface EvaluationSection {
  heading: string;
  intro: string;
  when: string;
  code: string;
  key: { heading: string; header: string[]; rows: string[][] };
  compare: { heading: string; items: string[] };
}

export function evaluationSection(session: Session): EvaluationSection {
  const { t, audience } = session;
  const e = (key: string) => t.text(`evaluation:guide.${key}`, audience.id);
  return {
    heading: e('heading'),
    intro: e('intro'),
    when: e('when'),
    code: e('code'),
    key: {
      heading: e('keyHeading'),
      header: [e('item'), e('answer'), e('module')],
      rows: formItems(session).map((item) => [`${item.number}. ${item.text}`, item.answer ?? e('confidence'), item.module]),
    },
    compare: { heading: e('compareHeading'), items: t.list('evaluation:guide.compare', audience.id) },
  };
}
