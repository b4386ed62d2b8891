/**
 * `npm run golden:update`: writes test/fixtures/golden/*.expected.json from what the golden pages
 * get today (scripts/lib/golden.ts). Run it when a change to the engine or to reading pages is
 * meant to change their analysis, then read the diff: every changed line is a changed fact.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatGolden, goldenCases, goldenOf } from './lib/golden.js';
import { ROOT } from './lib/shared.js';

let changed = 0;
for (const c of goldenCases()) {
  const next = `${formatGolden(goldenOf(c.html))}\n`;
  const before = existsSync(c.expectedPath) ? readFileSync(c.expectedPath, 'utf8') : '';
  if (next === before) {
    console.log(`unchanged  ${relative(ROOT, c.expectedPath)}`);
    continue;
  }
  writeFileSync(c.expectedPath, next);
  changed++;
  console.log(`${before ? 'updated  ' : 'created  '}  ${relative(ROOT, c.expectedPath)}`);
}
console.log(changed ? `\n${changed} file(s) written: review them with git diff before committing.` : '\nNothing changed.');
