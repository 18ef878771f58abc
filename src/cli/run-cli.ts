import { isParIndexError } from '../errors.js';
import type { Lang } from '../format/number-format.js';
import { type CliIo, EXIT, UsageError } from './cli-io.js';
import { runCriteria } from './commands/criteria.js';
import { DEMO_OPTIONS, runDemo } from './commands/demo.js';
import { runReport } from './commands/report.js';
import { runScore } from './commands/score.js';
import { TEMPLATE_OPTIONS } from './commands/template-options.js';
import { runValidate } from './commands/validate.js';
import { runWhatIf, WHAT_IF_OPTIONS } from './commands/what-if.js';
import { HELP } from './help.js';
import { formatIssues } from './messages.js';
import { type CommonOptions, type ExtraOptions, parseOptions } from './options.js';
import { packageVersion } from './package-root.js';

/** A CLI command: its extra flags and what it does. */
export interface Command {
  readonly extra?: ExtraOptions | undefined;
  readonly run: (opts: CommonOptions, io: CliIo) => Promise<number>;
}

/** Every command, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  demo: { extra: DEMO_OPTIONS, run: runDemo },
  validate: { run: runValidate },
  score: { run: (o, io) => runScore(o, io, 'score') },
  rank: { run: (o, io) => runScore(o, io, 'rank') },
  criteria: { run: runCriteria },
  report: { run: runReport },
  'what-if': { extra: WHAT_IF_OPTIONS, run: runWhatIf },
  // The Excel commands load exceljs on use only, to keep start-up quick.
  template: {
    run: async (o, io) => (await import('./commands/template.js')).runTemplate(o, io),
    extra: TEMPLATE_OPTIONS,
  },
  import: { run: async (o, io) => (await import('./commands/import.js')).runImport(o, io) },
};

function langOf(args: readonly string[]): Lang {
  const i = args.indexOf('--lang');
  return args[i + 1] === 'en' || args.includes('--lang=en') ? 'en' : 'vi';
}

/**
 * Runs the `par-index` command line and returns its exit code: 0 success, 1 input problems
 * (all printed with file, path and message), 2 usage error. Never throws.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
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
        ? `Không có lệnh "${name}". Xem: par-index --help\n`
        : `Unknown command "${name}". See: par-index --help\n`,
    );
    return EXIT.usage;
  }
  try {
    const opts = parseOptions(rest, command.extra);
    if (opts.help) {
      io.out(`${HELP[name]?.[opts.lang] ?? HELP['main']?.[opts.lang] ?? ''}\n`);
      return EXIT.ok;
    }
    return await command.run(opts, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${lang === 'vi' ? 'Xem' : 'See'}: par-index ${name} --help\n`);
      return EXIT.usage;
    }
    if (isParIndexError(error)) {
      io.err(formatIssues(error.issues, lang));
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      lang === 'vi'
        ? `Lỗi không mong đợi: ${message}\nVui lòng báo lỗi này kèm lệnh đã chạy.\n`
        : `Unexpected error: ${message}\nPlease report it with the command you ran.\n`,
    );
    return EXIT.input;
  }
}
