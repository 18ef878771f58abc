// Zero-width spaces and joiners, word joiner and BOM: invisible, often pasted from Word or web pages.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The canonical form of a node or option code: NFC, no invisible characters, trimmed.
 * Two codes are the same code when their keys are equal.
 */
export function codeKey(code: string): string {
  return code.normalize('NFC').replace(INVISIBLE, '').trim();
}
