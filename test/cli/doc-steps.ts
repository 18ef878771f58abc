import { HELP } from '../../src/cli/help.js';

/** Example lines of the help texts: two spaces, then `par-index `. */
export const helpExamples: readonly { readonly where: string; readonly line: string }[] =
  Object.entries(HELP).flatMap(([command, texts]) =>
    Object.entries(texts).flatMap(([lang, text]) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('  par-index '))
        .map((l) => ({ where: `${command} (${lang})`, line: l.trim() })),
    ),
  );

/** The documents whose commands must run as written. */
export const DOCS = [
  'docs/guide-vi.md',
  'docs/guide-en.md',
  'docs/cli.md',
  'docs/what-if.md',
  'README.md',
] as const;

/** A step of a document: a file to write or a command to run. */
export interface DocStep {
  readonly kind: 'run' | 'file';
  readonly line: string;
  readonly path?: string | undefined;
  readonly content?: string | undefined;
  /** Expected exit code: 0 unless an `<!-- exit: N -->` comment precedes the block. */
  readonly exit?: number | undefined;
  /** Output lines shown in a ```text block right after the command's block. */
  shown?: string[] | undefined;
}

/**
 * The steps of a document, in order: files to write (a fenced block right after a
 * `<!-- file: path -->` comment; an `<!-- exit: N -->` comment before a command block says the
 * commands in it show a failure on purpose) and commands (lines of ```sh blocks starting with
 * `par-index` or `npx par-index`; `npm …` and other lines are skipped). A ```text block that
 * directly follows a command block shows that block's last command's output: each of its lines
 * (but `…`) must appear in what the command prints.
 */
export function docSteps(markdown: string): DocStep[] {
  const steps: DocStep[] = [];
  const lines = markdown.split('\n');
  let pendingFile: string | undefined;
  let pendingExit: number | undefined;
  let lastRun: DocStep | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = /^<!-- file: (\S+) -->$/.exec(line.trim());
    if (marker) {
      pendingFile = marker[1];
      continue;
    }
    const exit = /^<!-- exit: (\d) -->$/.exec(line.trim());
    if (exit) {
      pendingExit = Number(exit[1]);
      continue;
    }
    const fence = /^```(\w*)/.exec(line);
    if (!fence) {
      if (line.trim() !== '') lastRun = undefined;
      continue;
    }
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++)
      body.push(lines[i] ?? '');
    if (fence[1] === 'text' && lastRun !== undefined) {
      lastRun.shown = body.filter((b) => b.trim() !== '' && b.trim() !== '…');
    }
    lastRun = undefined;
    if (pendingFile !== undefined) {
      steps.push({
        kind: 'file',
        line: pendingFile,
        path: pendingFile,
        content: `${body.join('\n')}\n`,
      });
    } else if (fence[1] === 'sh') {
      for (const b of body) {
        const t = b.trim();
        if (/^(npx )?par-index( |$)/.test(t)) {
          lastRun = { kind: 'run', line: t, exit: pendingExit ?? 0 };
          steps.push(lastRun);
        }
      }
    }
    pendingFile = undefined;
    pendingExit = undefined;
  }
  return steps;
}
