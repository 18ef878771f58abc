import { isParIndexError } from '../errors.js';
import type { Lang } from '../format/number-format.js';
import { escapeLine, escapeTerminal } from '../node/control-chars.js';
import { type CliIo, EXIT, UsageError } from './cli-io.js';
import { ANNEX_OPTIONS } from './commands/appraisal-options.js';
import { DEMO_OPTIONS } from './commands/demo-options.js';
import { TEMPLATE_OPTIONS } from './commands/template-options.js';
import { WHAT_IF_OPTIONS } from './commands/what-if-options.js';
import { HELP } from './help.js';
import { formatIssues } from './messages.js';
import {
  type CommonOptions,
  type ExtraOptions,
  type OutputFormat,
  parseOptions,
} from './options.js';
import { checkFormat, checkOutNotInput } from './out-guard.js';
import { packageVersion } from './package-root.js';

/** A CLI command: its extra flags, the formats it writes, and what it does. */
export interface Command {
  readonly extra?: ExtraOptions | undefined;
  /** Formats the command can write (`--format`); empty when it writes no file. */
  readonly formats: readonly OutputFormat[];
  readonly run: (opts: CommonOptions, io: CliIo) => Promise<number>;
}

const ALL: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx', 'md', 'html'];

/**
 * Every command, by name. Each is imported only when it runs, so that `--version`, `--help`
 * and a command's own work load nothing else (the engine, exceljs, yaml).
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  demo: {
    formats: ALL,
    extra: DEMO_OPTIONS,
    run: async (o, io) => (await import('./commands/demo.js')).runDemo(o, io),
  },
  validate: {
    formats: ['table'],
    run: async (o, io) => (await import('./commands/validate.js')).runValidate(o, io),
  },
  score: {
    formats: ALL,
    run: async (o, io) => (await import('./commands/score.js')).runScore(o, io, 'score'),
  },
  rank: {
    formats: ALL,
    run: async (o, io) => (await import('./commands/score.js')).runScore(o, io, 'rank'),
  },
  criteria: {
    formats: ['table', 'json'],
    run: async (o, io) => (await import('./commands/criteria.js')).runCriteria(o, io),
  },
  report: {
    formats: ['xlsx', 'html', 'md', 'csv'],
    run: async (o, io) => (await import('./commands/report.js')).runReport(o, io),
  },
  'what-if': {
    formats: ['table', 'json'],
    extra: WHAT_IF_OPTIONS,
    run: async (o, io) => (await import('./commands/what-if.js')).runWhatIf(o, io),
  },
  template: {
    formats: ['xlsx'],
    run: async (o, io) => (await import('./commands/template.js')).runTemplate(o, io),
    extra: TEMPLATE_OPTIONS,
  },
  import: {
    // table: YAML.
    formats: ['table', 'json'],
    run: async (o, io) => (await import('./commands/import.js')).runImport(o, io),
  },
  appraisal: {
    // template: xlsx; import: YAML/JSON files; losses: md, xlsx, docx.
    formats: ['table', 'json', 'xlsx', 'md', 'docx'],
    run: async (o, io) => (await import('./commands/appraisal.js')).runAppraisal(o, io),
  },
  annex: {
    formats: ['md', 'xlsx', 'docx'],
    extra: ANNEX_OPTIONS,
    run: async (o, io) => (await import('./commands/annex.js')).runAnnex(o, io),
  },
};

function langOf(args: readonly string[]): Lang {
  const i = args.indexOf('--lang');
  return args[i + 1] === 'en' || args.includes('--lang=en') ? 'en' : 'vi';
}

/**
 * Runs the `par-index` command line and returns its exit code: 0 success, 1 input problems
 * (all printed with file, path and message), 2 usage error. Never throws.
 */
export async function runCli(args: readonly string[], terminal: CliIo): Promise<number> {
  // Everything printed passes here: no file, name or message can drive the terminal.
  const io: CliIo = {
    ...terminal,
    out: (text) => terminal.out(escapeTerminal(text)),
    err: (text) => terminal.err(escapeTerminal(text)),
    status: terminal.status ?? terminal.err,
  };
  const lang = langOf(args);
  const [name, ...rest] = args;
  if (name === '--version' || name === '-v') {
    io.out(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${HELP['main']?.[lang] ?? ''}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // Own properties only: `par-index constructor` is an unknown command, not Object's.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.err(
      lang === 'vi'
        ? `Không có lệnh "${escapeLine(name)}". Xem: par-index --help\n`
        : `Unknown command "${escapeLine(name)}". See: par-index --help\n`,
    );
    return EXIT.usage;
  }
  try {
    const parsed = parseOptions(rest, command.extra);
    if (parsed.help) {
      io.out(`${HELP[name]?.[parsed.lang] ?? HELP['main']?.[parsed.lang] ?? ''}\n`);
      return EXIT.ok;
    }
    // Decided before anything is read: what cannot be written right is refused up front.
    await checkOutNotInput(name, parsed, io);
    const opts = checkFormat(name, parsed, command.formats);
    return await command.run(opts, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `${escapeLine(error.message)}\n${lang === 'vi' ? 'Xem' : 'See'}: par-index ${name} --help\n`,
      );
      return EXIT.usage;
    }
    if (isParIndexError(error)) {
      io.err(formatIssues(error.issues, lang));
      return EXIT.input;
    }
    const message = escapeLine(error instanceof Error ? error.message : String(error));
    io.err(
      lang === 'vi'
        ? `Lỗi không mong đợi: ${message}\nVui lòng báo lỗi này kèm lệnh đã chạy.\n`
        : `Unexpected error: ${message}\nPlease report it with the command you ran.\n`,
    );
    return EXIT.input;
  }
}
