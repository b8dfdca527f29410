// The hotline block every output prints: labels from the locale, numbers from region data only.
import type { Session } from './session.js';
import { isolateLtr } from '../load/facts.js';

export interface HotlineLine {
  kind: 'call' | 'text' | 'web' | 'emergency' | 'support';
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
  const lines: HotlineLine[] = [{ kind: 'call', label: t.text('common:hotline.call'), value: hotline.call }];
  if (hotline.text) {
    const word = hotline.textWord && hotline.textWord !== hotline.text ? ` (${hotline.textWord})` : '';
    lines.push({ kind: 'text', label: t.text('common:hotline.text'), value: `${hotline.text}${word}` });
  }
  if (hotline.web) lines.push({ kind: 'web', label: t.text('common:hotline.web'), value: hotline.web });
  lines.push({ kind: 'emergency', label: t.text('common:hotline.emergency'), value: t.vars.emergency });
  // A support line printed with the hotline (AU: the hotline is the police; help must not require police contact)
  for (const r of session.region.resources.filter((r) => r.withHotline && r.call)) {
    lines.push({ kind: 'support', label: t.text('common:hotline.support'), value: `${isolateLtr(r.call!, t.rtl)} (${isolateLtr(r.name, t.rtl)})` });
  }
  // "Help is available 24/7" only where region data gives the hours
  const heading = hotline.hours ? t.text('common:hotline.headingHours', undefined, { hours: hotline.hours }) : t.text('common:hotline.heading');
  return { heading, name: hotline.name, lines };
}
