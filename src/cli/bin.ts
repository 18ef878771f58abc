// `--version` answers before anything else is loaded: a cold start costs only Node's own.
if (process.argv[2] === '--version' || process.argv[2] === '-v') {
  const { packageVersion } = await import('./package-root.js');
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const { readStreamCapped } = await import('../node/read-file-capped.js');
  const { runCli } = await import('./run-cli.js');
  // The only place that touches process: everything else takes a CliIo.
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    outBytes: (b) => process.stdout.write(b),
    err: (t) => process.stderr.write(t),
    readStdin: (limit = Number.POSITIVE_INFINITY) => readStreamCapped(process.stdin, limit),
    interactive: process.stderr.isTTY === true,
    cwd: process.cwd(),
  });
}
