// Parse YAML/JSON and check it against a schema; every problem names the file and the key path.
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problems } from '../lib/errors.js';
import type { Reader } from '../lib/reader.js';

export function parseFile(reader: Reader, file: string, problems: Problems): unknown {
  let text: string;
  try {
    text = reader.readText(file);
  } catch (cause) {
    problems.add({ file, message: 'cannot be read', hint: 'check that the file exists and is readable', cause });
    return undefined;
  }
  return file.endsWith('.json') ? parseJson(file, text, problems) : parseYaml(file, text, problems);
}

function parseJson(file: string, text: string, problems: Problems): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    problems.add({ file, message: `is not valid JSON: ${message}`, hint: 'fix the syntax (a missing comma or quote is common)', cause });
    return undefined;
  }
}

function parseYaml(file: string, text: string, problems: Problems): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length === 0) return doc.toJS();
  for (const error of doc.errors) {
    const at = error.linePos?.[0];
    problems.add({
      file,
      keyPath: at ? `line ${at.line}, column ${at.col}` : undefined,
      message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      hint: 'fix the YAML syntax (indentation and quotes are the usual cause)',
    });
  }
  return undefined;
}

/** Validate `data` against `schema`; on failure record every issue and return undefined. */
export function checkSchema<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problems): z.infer<S> | undefined {
  if (data === undefined) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.add({ file, keyPath: issue.path.join('.') || '(top level)', message: issue.message, hint: hintFor(issue) });
  }
  return undefined;
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `remove ${issue.keys.map((k) => `"${k}"`).join(', ')} or check the spelling against CONTENT.md`;
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.message.includes('received undefined') ? 'add this key' : `write a ${issue.expected} here`;
    default:
      return 'see CONTENT.md for the expected shape';
  }
}
