import { fromText, type PageFile } from '../platform/read-file.js';

const files = (texts: Record<string, string>): PageFile[] =>
  Object.entries(texts).map(([path, text]) => fromText(path.replace(/^(\.\.\/)+/, ''), text));

/**
 * The example's 2023 assessments and its 2022 results as files, named as the CLI names them
 * (`examples/minh-son/2023/districts/an-lac.yaml`): fetched only when asked for, then read
 * through the same path as dropped files.
 */
export async function exampleFiles(): Promise<{ assessments: PageFile[]; previous: PageFile[] }> {
  const { CURRENT, PREVIOUS } = await import('./example-data.js');
  return { assessments: files(CURRENT), previous: files(PREVIOUS) };
}
