// The pre/post questionnaire as data, in the kit's language: the form prints the questions and their boxes, the
// facilitator guide prints the same questions with the answer key, so the two can never disagree.
import { CONFIDENCE_SCALE, type EvaluationItem } from '../../lib/schema.js';
import type { Session } from '../session.js';
import { KitError } from '../../lib/errors.js';

export interface FormItem {
  number: number;
  id: string;
  kind: EvaluationItem['kind'];
  text: string;
  /** The boxes to tick, in print order. */
  choices: string[];
  /** The correct choice as printed; undefined for the confidence scale, which has none. */
  answer?: string;
  /** The module that teaches it, by its title in this session. */
  module: string;
}

export function formItems(session: Session): FormItem[] {
  const { t, audience } = session;
  const form = session.evaluation;
  if (!form) throw new KitError({ file: `content/evaluation/${audience.id}.yaml`, message: `is missing: the ${audience.id} session has no pre/post questionnaire`, hint: 'create it (see CONTENT.md)' });
  const e = (key: string) => t.text(`evaluation:${key}`, audience.id);
  return form.items.map((item, i) => {
    const base = { number: i + 1, id: item.id, kind: item.kind, text: e(`items.${item.id}.text`), module: moduleTitle(session, item.module) };
    switch (item.kind) {
      case 'trueFalse':
        return { ...base, choices: [e('answer.true'), e('answer.false'), e('answer.notSure')], answer: e(item.answer ? 'answer.true' : 'answer.false') };
      case 'choice': {
        const option = (id: string) => e(`items.${item.id}.options.${id}`);
        return { ...base, choices: item.options.map(option), answer: option(item.answer) };
      }
      case 'confidence':
        return { ...base, choices: CONFIDENCE_SCALE.map((k) => e(`scale.${k}`)) };
    }
  });
}

function moduleTitle(session: Session, id: string): string {
  return session.modules.find((m) => m.id === id)?.title ?? id;
}
