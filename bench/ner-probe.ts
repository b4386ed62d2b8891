/**
 * The names benchmark's measurements, bundled by bench/ner.bench.ts the way the extension bundles
 * the engine and run in a process of its own (the engine as it runs in the worker, not under a
 * TypeScript loader). Prints one JSON object: each figure as wall time and as CPU time.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/engine/index.js';
import { createDoc } from '../src/engine/doc.js';
import { findEntities } from '../src/engine/entities/index.js';
import { loadModel, tagSentences } from '../src/engine/entities/tagger/tagger.js';

interface Input {
  sentences: string[][];
  texts: string[];
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Input;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median wall and CPU milliseconds of `runs` runs after one warm-up. */
function timed(fn: () => void, runs: number): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c = cpuNow();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    cpu.push(cpuNow() - c);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

const c0 = cpuNow();
const t0 = performance.now();
loadModel();
const load = { wall: performance.now() - t0, cpu: cpuNow() - c0 };
// The whole engine's first pass over the articles: code not yet optimized, every word new to the
// caches (what a fresh worker pays on its first articles).
const c1 = cpuNow();
const t1 = performance.now();
input.texts.forEach((t) => analyze(t));
const firstPass = { wall: performance.now() - t1, cpu: cpuNow() - c1 };
const tokens = input.sentences.reduce((n, s) => n + s.length, 0);
const tagger = timed(() => tagSentences(input.sentences), 5);
const docTokens = input.texts.reduce((n, t) => n + createDoc(t).tokens.length, 0);
const core = timed(() => input.texts.forEach((t) => createDoc(t)), 5);
const stage = timed(() => input.texts.forEach((t) => findEntities(createDoc(t))), 5);
const whole = timed(() => input.texts.forEach((t) => analyze(t)), 5);
process.stdout.write(JSON.stringify({ load, firstPass, tokens, tagger, docTokens, core, stage, whole }));
