/** Process entry of the CLI: runs `main` and turns errors into plain messages and exit codes. */
import { main, UsageError } from './main.js';

// `isnad analyze big.txt | head`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`isnad: ${e instanceof UsageError ? e.message : (e as Error).stack ?? e}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
