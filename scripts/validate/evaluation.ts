// The pre/post questionnaires against the rest of the content: one per audience, each item taken from a module the
// audience's session teaches, a choice item's answer among its options, and every word present in English.
import type { Problems } from '../lib/errors.js';
import type { Content, StringTree } from '../load/load.js';
import { CONFIDENCE_SCALE, type EvaluationDef } from '../lib/schema.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import { requireString } from './strings.js';

const STRINGS_FILE = 'locales/en/evaluation.json';

/** The form's own words (besides the items), each required in English. */
export const EVALUATION_KEYS = [
  'label', 'title', 'intro', 'when.label', 'when.pre', 'when.post', 'code.label', 'code.help',
  'answer.true', 'answer.false', 'answer.notSure', ...CONFIDENCE_SCALE.map((k) => `scale.${k}`), 'thanks',
  'guide.heading', 'guide.intro', 'guide.when', 'guide.code', 'guide.keyHeading', 'guide.item', 'guide.answer',
  'guide.module', 'guide.confidence', 'guide.compareHeading',
];
/** Lists of strings. */
const EVALUATION_LISTS = ['guide.compare'];

export function checkEvaluations(content: Content, problems: Problems): void {
  for (const audience of content.audiences.values()) {
    if (!content.evaluations.has(audience.id)) {
      problems.add({ file: `content/evaluation/${audience.id}.yaml`, message: `is missing: the ${audience.id} session has no pre/post questionnaire`, hint: 'create it with 5 to 8 items from the session\'s modules (see CONTENT.md, "The pre/post questionnaire")' });
    }
  }
  const strings = content.locales.get(SOURCE_LOCALE)?.namespaces.evaluation;
  if (content.evaluations.size > 0 && !strings) {
    problems.add({ file: STRINGS_FILE, message: 'is missing: the questionnaires have no English words', hint: 'create it (see CONTENT.md)' });
  }
  if (strings) for (const key of [...EVALUATION_KEYS, ...EVALUATION_LISTS]) requireString(strings, key, [], STRINGS_FILE, problems);
  for (const form of content.evaluations.values()) checkForm(content, form, strings, problems);
}

function checkForm(content: Content, form: EvaluationDef, strings: StringTree | undefined, problems: Problems): void {
  const file = `content/evaluation/${form.id}.yaml`;
  const audience = content.audiences.get(form.id);
  if (!audience) {
    problems.add({ file, keyPath: 'id', message: `no audience "${form.id}"`, hint: `name the file after an audience in content/audiences: ${[...content.audiences.keys()].join(', ')}` });
    return;
  }
  const taught = audience.modules.map((m) => m.id);
  const seen = new Set<string>();
  form.items.forEach((item, i) => {
    if (seen.has(item.id)) problems.add({ file, keyPath: `items.${i}.id`, message: `"${item.id}" is used twice`, hint: 'give each item its own id' });
    seen.add(item.id);
    if (!taught.includes(item.module)) {
      problems.add({ file, keyPath: `items.${i}.module`, message: `"${item.module}" is not a module of the ${form.id} session`, hint: `ask only about what the session teaches: one of ${taught.join(', ')}` });
    }
    if (item.kind === 'choice' && !item.options.includes(item.answer)) {
      problems.add({ file, keyPath: `items.${i}.answer`, message: `"${item.answer}" is not one of the item's options`, hint: `use one of: ${item.options.join(', ')}` });
    }
    if (!strings) return;
    requireString(strings, `items.${item.id}.text`, [form.id], STRINGS_FILE, problems);
    if (item.kind === 'choice') for (const option of item.options) requireString(strings, `items.${item.id}.options.${option}`, [form.id], STRINGS_FILE, problems);
  });
  if (!form.items.some((item) => item.kind !== 'confidence')) {
    problems.add({ file, keyPath: 'items', message: 'has no item with a correct answer', hint: 'add true/false or choice items: pre and post are compared by correct answers' });
  }
}
