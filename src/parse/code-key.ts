// Zero-width spaces and joiners, direction marks and embeddings, word joiner and BOM:
// invisible, often pasted from Word, web pages or right-to-left text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * The canonical form of a node or option code: NFC, no invisible characters, trimmed.
 * Two codes are the same code when their keys are equal.
 */
export function codeKey(code: string): string {
  return code.normalize('NFC').replace(INVISIBLE, '').trim();
}

/**
 * The key two unit ids (or block names) are compared by: {@link codeKey}, case-folded. `AN-LAC`,
 * `an-lac` and `an-lac` with a zero-width space are one unit.
 */
export function identityKey(text: string): string {
  return codeKey(text).toLowerCase();
}
