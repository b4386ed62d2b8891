import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/isnad.js');
const built = existsSync(resolve(ROOT, 'dist/cli/isnad.mjs'));

function isnad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.runIf(built)('isnad CLI (built bundle)', () => {
  it('prints a who-said-what report for a text file', () => {
    const r = isnad(['analyze', 'samples/sample-article.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('WHO SAID WHAT');
    expect(r.out).toContain('WITH WHAT NUMBERS');
    // Only a direct quote in «»; an indirect one reads as reported speech.
    expect(r.out).toMatch(/\[quoted\] «/);
    expect(r.out).toMatch(/\[reported\] [^«]/);
    // Numbers read as what they are, dates in words, never a bare value.
    expect(r.out).toMatch(/yesterday \(Tuesday\) +— date, «أمس الثلاثاء»/);
    expect(r.out).toMatch(/\$2\.5 million +— money/);
    expect(r.out).toMatch(/43 قتيلا +— cardinal/);
  });

  it('prints the Analysis as JSON', () => {
    const r = isnad(['analyze', 'samples/sample-article.txt', '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.version).toBe(1);
    expect(Array.isArray(a.quotes)).toBe(true);
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it('extracts the article text of an HTML file first', () => {
    const r = isnad(['analyze', 'test/fixtures/pages/arabic-article.html', '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    // The navigation and "most read" links are not part of the article.
    expect(a.textLength).toBeGreaterThan(1000);
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it('batch mode answers every line, with an error line for bad input, and goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'وقال الوزير إن الاجتماع ناجح.' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 'c', text: '' }),
    ].join('\n');
    const r = isnad(['analyze', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0].analysis.quotes.length).toBe(1);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/no "text"/);
    expect(lines[3].analysis.warnings.join(' ')).toMatch(/no text/);
  });

  it('says what is wrong with bad arguments', () => {
    expect(isnad(['analyze', 'no-such-file.txt'])).toMatchObject({ code: 2, err: expect.stringContaining('No such file') });
    expect(isnad(['frobnicate']).err).toContain('Unknown command');
    expect(isnad(['analyze', 'samples/sample-article.txt', '--xml']).err).toContain('Unknown option --xml');
    expect(isnad([]).out).toContain('Usage');
  });
});

describe.runIf(built)('isnad CLI in a pipe', () => {
  it('stops quietly when the reader of its output goes away', () => {
    // Far more output than a pipe buffers, so the writer does hit the closed pipe.
    const line = JSON.stringify({ id: 1, text: 'وقال الوزير إن خمسة أشخاص أصيبوا في الحادث.' });
    const r = spawnSync('sh', ['-c', `yes '${line}' | head -n 3000 | "${process.execPath}" "${BIN}" analyze --jsonl | head -c 10`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.length).toBe(10);
    // Starting Node and the engine twice over takes a while on a busy machine: a limit of time is
    // not what this test checks.
  }, 60_000);
});
