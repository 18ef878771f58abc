import { inflateEntry, listZipEntries } from '../../../src/node/excel/zip-scan.js';

/** The text of one part of a zip file (a .docx's word/document.xml). */
export async function zipPart(bytes: Uint8Array, name: string): Promise<string> {
  const listing = listZipEntries(bytes);
  if (!listing.ok) throw new Error('not a zip');
  const entry = listing.entries.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`no ${name}`);
  const data = await inflateEntry(bytes, entry);
  if (data === undefined) throw new Error(`cannot inflate ${name}`);
  return new TextDecoder().decode(data);
}

/** The visible text of a Word document's body, paragraph by paragraph. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await zipPart(bytes, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}
