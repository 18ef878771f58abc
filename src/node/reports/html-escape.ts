/**
 * Escapes text for HTML element content and quoted attribute values (also inside inline SVG).
 *
 * @param text - Any text, e.g. a unit name with `<`, `&` or quotes.
 * @returns The text with `& < > " '` replaced by entities.
 * @example
 * escapeHtml('Phường <A> & "B"'); // 'Phường &lt;A&gt; &amp; &quot;B&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
