// Bytes Windows-1258 leaves undefined: the browser's decoder gives them as C1 controls, Node's
// iconv-lite as U+FFFD; the page says what the CLI says.
const UNDEFINED = /[\u0081\u008A\u008D-\u0090\u009A\u009D\u009E]/g;

/**
 * The browser's twin of src/node/csv/decode-cp1258.ts (swapped in by web/vite.config.ts):
 * Windows-1258 text, what Vietnamese Excel writes for "CSV (Comma delimited)", composed to NFC.
 */
export function decodeCp1258(bytes: Uint8Array): string {
  return new TextDecoder('windows-1258')
    .decode(bytes)
    .replace(UNDEFINED, '\uFFFD')
    .normalize('NFC');
}
