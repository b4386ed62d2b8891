/**
 * `npm run bench`: runs every suite in bench/*.bench.ts and prints a table. Each suite exports
 * `run(): Promise<BenchRow[]> | BenchRow[]`. Timings are medians of repeated runs; numbers here are
 * what closing notes quote, never timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/shared.js';
import type { BenchRow } from '../bench/lib.js';

const only = process.argv[2];
const dir = join(ROOT, 'bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
const rows: BenchRow[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<BenchRow[]> | BenchRow[] };
  const got = await mod.run();
  for (const r of got) {
    rows.push(r);
    console.log(`${r.suite.padEnd(14)} ${r.name.padEnd(34)} ${r.value.toFixed(r.value < 10 ? 3 : 0).padStart(12)} ${r.unit}${r.note ? `   (${r.note})` : ''}`);
  }
}
if (rows.length === 0) console.log('No benchmark suites found.');
