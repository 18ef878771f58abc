// Invisible characters, often pasted from Word, web pages or right-to-left text: soft hyphen,
// combining grapheme joiner, Arabic letter mark, Hangul and Mongolian fillers, zero-width
// spaces and joiners, direction marks, embeddings, overrides and isolates, word joiner and
// invisible operators, variation selectors, the BOM.
const INVISIBLE = new RegExp(
  [
    '[\\u00ad\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e]',
    '[\\u2060-\\u206f\\u3164\\ufeff\\uffa0]',
    // Combining joiners and variation selectors, kept out of the classes above (they attach to
    // the character before them).
    '\\u034f|[\\u180b-\\u180d\\u180f]|[\\ufe00-\\ufe0f]',
  ].join('|'),
  'g',
);

/**
 * The canonical form of a node or option code, a unit id or a block name: NFC, no invisible
 * characters, trimmed. Two codes are the same code when their keys are equal.
 */
export function codeKey(code: string): string {
  return code.normalize('NFC').replace(INVISIBLE, '').trim();
}

/**
 * What two unit ids or block names are compared by: {@link codeKey}, then compatibility forms
 * folded (full-width `ａｎ` is `an`), inner spaces collapsed and case folded, so `an-lac`,
 * `AN-LAC`, `an-lac` + U+200B and full-width `ａｎ-ｌａｃ` are one unit.
 */
export function identityKey(text: string): string {
  return codeKey(text).normalize('NFKC').replace(/\s+/g, ' ').toLowerCase().normalize('NFC');
}
