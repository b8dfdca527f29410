// The hotline block every output prints: labels from the locale, numbers from region data only.
import type { Session } from './session.js';

export interface HotlineLine {
  label: string;
  value: string;
}

export interface HotlineBlock {
  heading: string;
  name: string;
  lines: HotlineLine[];
}

export function hotlineBlock(session: Session): HotlineBlock {
  const { t } = session;
  const { hotline } = t.vars;
  const lines: HotlineLine[] = [{ label: t.text('common:hotline.call'), value: hotline.call }];
  if (hotline.text) {
    const word = hotline.textWord && hotline.textWord !== hotline.text ? ` (${hotline.textWord})` : '';
    lines.push({ label: t.text('common:hotline.text'), value: `${hotline.text}${word}` });
  }
  lines.push({ label: t.text('common:hotline.web'), value: hotline.web });
  lines.push({ label: t.text('common:hotline.emergency'), value: t.vars.emergency });
  return { heading: t.text('common:hotline.heading'), name: hotline.name, lines };
}
