// The region's crisis line for the common.json crisis strings (guide support plan, handouts): region data only.
import type { Session } from './session.js';

/** {{crisis.call}} and {{crisis.name}}; undefined where region data has no crisis line (none is ever made up). */
export function crisisVars(session: Session): { call: string; name: string } | undefined {
  return session.t.vars.crisis;
}
