// Runs `web-ext lint` on dist/firefox and fails on any error. Warnings are printed, not fatal:
// the three known ones are innerHTML writes inside Preact and Readability, not our code.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/firefox/manifest.json')) {
  console.error('dist/firefox is not built: run `npm run build` first.');
  process.exit(2);
}
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-input', '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (e) {
  out = e.stdout;
}
const report = JSON.parse(out);
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind]) console.log(`web-ext ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
