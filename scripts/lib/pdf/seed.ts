// A stable fingerprint of a spec, for the document /ID (same input, same bytes).
import { createHash } from 'node:crypto';

export function specSeed(spec: object): string {
  return JSON.stringify(spec, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return createHash('sha256').update(value).digest('hex');
    if (typeof value === 'function') return String((value as (a: number, b: number) => unknown)(1, 1));
    return value;
  });
}
