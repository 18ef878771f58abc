/**
 * Lower case, no diacritics (NFC or NFD input alike), đ → d, single spaces: for matching words
 * people type in Vietnamese with or without accents ("Có", "co", "CÓ").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
