import { neutraliseControls } from '../control-chars.js';

/**
 * Escapes text for HTML element content and quoted attribute values (also inside inline SVG).
 *
 * @param text - Any text, e.g. a unit name with `<`, `&` or quotes.
 * @returns The text with `& < > " '` replaced by entities, and control and direction
 *   characters shown as `[U+202E]` (they would reorder or hide what the page shows).
 * @example
 * escapeHtml('Phường <A> & "B"'); // 'Phường &lt;A&gt; &amp; &quot;B&quot;'
 */
export function escapeHtml(text: string): string {
  return neutraliseControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
