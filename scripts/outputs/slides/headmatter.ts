// Values the slides template writes into the deck's headmatter as JSON (title, lang, bookmarks), read back by the
// steps that make files from the staged slides.md (deck PDFs).

/** The JSON value of a top-level `key: <json>` line in the headmatter, or undefined. */
export function headmatterValue(slides: string, key: string): unknown {
  const headmatter = /^---\n([\s\S]*?)\n---/.exec(slides)?.[1] ?? '';
  const line = new RegExp(`^${key}: (.*)$`, 'm').exec(headmatter)?.[1];
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

export interface SlideBookmark { title: string; slide: number }

/** The deck's module bookmarks (1-based slide numbers), as the slides template wrote them. */
export function slideBookmarks(slides: string): SlideBookmark[] {
  const value = headmatterValue(slides, 'bookmarks');
  return Array.isArray(value) ? value.filter((b): b is SlideBookmark => typeof b?.title === 'string' && Number.isInteger(b?.slide)) : [];
}
