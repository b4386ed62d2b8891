/**
 * isnad — the engine on the command line.
 *   isnad analyze FILE          readable report (FILE: .txt, or .html whose article text is extracted)
 *   isnad analyze FILE --json   the Analysis as JSON
 *   isnad analyze --jsonl       stdin lines {"id", "text"} → stdout lines {"id", "analysis"}
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../engine/index.js';
import { formatReport } from './report.js';
import { articleFromHtml } from './html.js';

const USAGE = `Usage:
  isnad analyze FILE           who said what, where, with what numbers (FILE: .txt or .html)
  isnad analyze FILE --json    the full analysis as JSON
  isnad analyze --jsonl        read {"id","text"} lines on stdin, write {"id","analysis"} lines
`;

export class UsageError extends Error {}

function readArticle(file: string): { title: string; text: string } {
  if (!existsSync(file)) throw new UsageError(`No such file: ${file}`);
  if (statSync(file).isDirectory()) throw new UsageError(`${file} is a folder; give a .txt or .html file.`);
  const raw = readFileSync(file, 'utf8');
  if (/\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw)) return articleFromHtml(raw);
  return { title: file, text: raw.replace(/^\uFEFF/, '') };
}

async function runJsonl(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = obj?.id ?? null;
      if (typeof obj?.text !== 'string') throw new Error('the line has no "text" string');
      process.stdout.write(JSON.stringify({ id, analysis: analyze(obj.text) }) + '\n');
    } catch (e) {
      const message = e instanceof SyntaxError ? `line ${lineNo} is not valid JSON` : (e as Error).message;
      process.stdout.write(JSON.stringify({ id, error: message, line: lineNo }) + '\n');
    }
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'analyze') throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const files = rest.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (!['--json', '--jsonl'].includes(f)) throw new UsageError(`Unknown option ${f}.\n${USAGE}`);
  if (flags.has('--jsonl')) return runJsonl();
  if (files.length !== 1) throw new UsageError(`Give exactly one file to analyse.\n${USAGE}`);
  const { title, text } = readArticle(files[0]);
  const analysis = analyze(text);
  if (flags.has('--json')) process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
  else process.stdout.write(formatReport(analysis, text, { title: `Isnad — ${title}` }));
  return 0;
}
