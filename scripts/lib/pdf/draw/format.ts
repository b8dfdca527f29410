// Number and string formatting for content streams.

/** Shortest decimal with at most 3 digits after the point (content streams stay small and stable). */
export function num(x: number): string {
  const r = Math.round(x * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

/** UTF-16BE hex with BOM, the PDF text string form that survives any script. */
export function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}
