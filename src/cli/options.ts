import { parseArgs } from 'node:util';
import type { Lang } from '../format/number-format.js';
import type { Stage } from '../model/score-result.js';
import { CSV_ENCODINGS, type CsvEncoding } from '../node/csv/csv-encoding.js';
import { UsageError } from './cli-io.js';

/** Output formats of the result commands. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'md' | 'html' | 'docx';

/** Options shared by the commands. */
export interface CommonOptions {
  readonly format: OutputFormat;
  readonly out?: string | undefined;
  readonly lang: Lang;
  readonly stage: Stage;
  readonly criteria: readonly string[];
  readonly previous: readonly string[];
  readonly by?: string | undefined;
  /** Encoding of CSV inputs (`--encoding`): UTF-8 unless `cp1258` is given. */
  readonly encoding: CsvEncoding;
  readonly help: boolean;
  readonly positionals: readonly string[];
  readonly raw: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx', 'md', 'html', 'docx'];
const STAGES: readonly Stage[] = ['self', 'appraisal', 'final'];

/** Extra options a command declares for node:util parseArgs. */
export type ExtraOptions = Record<
  string,
  { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
>;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${flag} phải là một trong: ${allowed.join(', ')} (nhận "${value}") / --${flag} must be one of: ${allowed.join(', ')}`,
  );
}

/** Parses a command's arguments; unknown flags are usage errors. */
export function parseOptions(args: readonly string[], extra: ExtraOptions = {}): CommonOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        stage: { type: 'string' },
        criteria: { type: 'string', short: 'c', multiple: true },
        previous: { type: 'string', short: 'p', multiple: true },
        by: { type: 'string' },
        encoding: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...extra,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
  return {
    format: oneOf(str('format'), FORMATS, 'format', 'table'),
    out: str('out'),
    lang: oneOf(str('lang'), ['vi', 'en'] as const, 'lang', 'vi'),
    stage: oneOf(str('stage'), STAGES, 'stage', 'final'),
    criteria: list('criteria'),
    previous: list('previous'),
    by: str('by'),
    encoding: oneOf(str('encoding')?.toLowerCase(), CSV_ENCODINGS, 'encoding', 'utf-8'),
    help: v['help'] === true,
    positionals: parsed.positionals,
    raw: v,
  };
}
