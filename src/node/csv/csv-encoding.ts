/** Encodings a CSV file may be read in: UTF-8 (default) or Windows-1258 (Vietnamese Windows). */
export type CsvEncoding = 'utf-8' | 'cp1258';

/** Every {@link CsvEncoding}, for option parsing. */
export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'cp1258'];
