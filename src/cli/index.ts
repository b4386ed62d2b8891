/** Process entry of the CLI: runs `main` and turns errors into plain messages and exit codes. */
import { main, UsageError } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`isnad: ${e instanceof UsageError ? e.message : (e as Error).stack ?? e}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
