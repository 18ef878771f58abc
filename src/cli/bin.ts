// The built CLI has its version written in by tsup (`define`); run from the sources it reads
// package.json.
declare const __PAR_INDEX_VERSION__: string | undefined;

// `--version` answers before anything else is loaded: a cold start costs only Node's own.
if (process.argv[2] === '--version' || process.argv[2] === '-v') {
  const version =
    typeof __PAR_INDEX_VERSION__ === 'string'
      ? __PAR_INDEX_VERSION__
      : (await import('./package-root.js')).packageVersion();
  process.stdout.write(`${version}\n`);
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
