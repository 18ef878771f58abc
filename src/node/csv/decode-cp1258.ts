import iconv from 'iconv-lite';

/**
 * Node's adapter for Windows-1258 text (what Vietnamese Excel writes for "CSV (Comma
 * delimited)"), composed to NFC. The page swaps in web/src/platform/decode-cp1258.ts (the
 * browser's own TextDecoder), so the CSV reader runs on bytes in both.
 */
export function decodeCp1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC');
}
