// The region's crisis line for the common.json crisis strings (guide support plan, handouts): region data only.
import type { Session } from './session.js';
import { isolateLtr } from '../load/facts.js';

/** {{crisis.call}} and {{crisis.name}}; undefined where region data has no crisis line (none is ever made up). */
export function crisisVars(session: Session): { call: string; name: string } | undefined {
  const { crisis } = session.region;
  if (!crisis) return undefined;
  return { call: isolateLtr(crisis.number, session.t.rtl), name: isolateLtr(crisis.name, session.t.rtl) };
}
