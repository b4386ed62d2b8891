#!/usr/bin/env node
// Entry of the `isnad` command: runs the CLI bundle that `npm run build` writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/isnad.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('isnad: the CLI is not built yet. Run `npm run build` in the project folder first.\n');
  process.exit(2);
}
await import(bundle);
