import { readStreamCapped } from '../node/read-file-capped.js';
import { runCli } from './run-cli.js';

// The only place that touches process: everything else takes a CliIo.
const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  outBytes: (b) => process.stdout.write(b),
  err: (t) => process.stderr.write(t),
  readStdin: (limit = Number.POSITIVE_INFINITY) => readStreamCapped(process.stdin, limit),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
