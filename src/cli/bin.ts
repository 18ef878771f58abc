import { runCli } from './run-cli.js';

// The only place that touches process: everything else takes a CliIo.
const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
