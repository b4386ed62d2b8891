/**
 * Article text out of a DOM subtree, with a map from every text offset back to the DOM text node
 * it came from. Works on any DOM (the live page, a Readability clone, linkedom in the CLI): it only
 * walks `childNodes`.
 *
 * Whitespace is collapsed as a browser would render it, and block elements start a new line, so
 * the engine sees one paragraph per line. Each segment maps a stretch of output text linearly onto
 * one text node (a line break or tab shown as a space still maps one to one); a collapsed run of
 * several whitespace characters starts a new segment, so ordinary prose costs about one segment
 * per text node.
 *
 * The walk is a generator that pauses every few hundred nodes: `extractText` runs it to the end in
 * one go, `extractTextSliced` lets the caller yield to the page between slices.
 */
import { spanIndexAt } from '../engine/spans.js';

export interface Segment<N = Text> {
  /** Offsets in the extracted text. */
  start: number;
  end: number;
  node: N;
  /** Offset in `node.data` of the segment's first character. */
  nodeOffset: number;
}

export interface ExtractedText<N = Text> {
  text: string;
  segments: Segment<N>[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<MinimalNode>;
}

const WS = /[ \t\n\r\f]+/g;
/** Work between pauses of the generator: so many nodes, or so many characters of text. */
const NODES_PER_STEP = 50;
const CHARS_PER_STEP = 3000;

function* walk<N>(root: MinimalNode, mapNode: (node: Text) => N | null): Generator<void, ExtractedText<N>, void> {
  const parts: string[] = [];
  const segments: Segment<N>[] = [];
  let length = 0;
  let lastChar = '\n'; // the text so far "ends" with a line break: no leading space or newline

  /** Appends a segment, or extends the previous one when the mapping stays linear. */
  const addSegment = (node: N, len: number, nodeOffset: number) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.nodeOffset + (last.end - last.start) === nodeOffset) last.end += len;
    else segments.push({ start: length, end: length + len, node, nodeOffset });
  };
  const newline = () => {
    if (lastChar === '\n' || length === 0) return;
    if (lastChar === ' ') {
      // Drop a trailing space before the line break.
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      length--;
      for (let i = segments.length - 1; i >= 0 && segments[i].end > length; i--) segments[i].end = Math.max(segments[i].start, length);
    }
    parts.push('\n');
    length++;
    lastChar = '\n';
  };
  const emitText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    const target = mapNode(node);
    let pos = 0;
    const emitRun = (from: number, to: number) => {
      if (to <= from) return;
      const chunk = data.slice(from, to);
      if (target !== null) addSegment(target, chunk.length, from);
      parts.push(chunk);
      length += chunk.length;
      lastChar = chunk[chunk.length - 1];
    };
    WS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WS.exec(data)) !== null) {
      emitRun(pos, m.index);
      if (lastChar !== ' ' && lastChar !== '\n') {
        if (target !== null) addSegment(target, 1, m.index);
        parts.push(' ');
        length++;
        lastChar = ' ';
      }
      pos = m.index + m[0].length;
    }
    emitRun(pos, data.length);
  };

  // Iterative walk: deep pages must not overflow the stack.
  const stack: { node: MinimalNode; exit: boolean }[] = [{ node: root, exit: false }];
  let visited = 0;
  let sinceStep = 0;
  while (stack.length) {
    if (++visited % NODES_PER_STEP === 0 || length - sinceStep > CHARS_PER_STEP) {
      sinceStep = length;
      yield;
    }
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      emitText(node as unknown as Text);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if ((node as unknown as { hidden?: boolean }).hidden === true) continue;
    const block = BLOCK.has(name);
    if (exit) {
      if (block) newline();
      continue;
    }
    if (block) newline();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  let text = parts.join('');
  // Trailing whitespace is never part of a sentence.
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.length !== text.length) {
    text = trimmed;
    for (const s of segments) if (s.end > text.length) s.end = text.length;
  }
  return { text, segments: segments.filter((s) => s.end > s.start) };
}

/**
 * Text of `root` with block structure as line breaks. `mapNode` lets the caller translate a node
 * (e.g. from a clone back to the live page); nodes it maps to `null` are still read but unmapped.
 */
export function extractText<N = Text>(
  root: MinimalNode,
  mapNode: (node: Text) => N | null = (n) => n as unknown as N,
): ExtractedText<N> {
  const it = walk(root, mapNode);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * The same as `extractText`, awaiting `pause()` whenever `shouldPause()` says the current slice of
 * main-thread time is used up. `signal` aborts between slices.
 */
export async function extractTextSliced<N = Text>(
  root: MinimalNode,
  mapNode: (node: Text) => N | null,
  shouldPause: () => boolean,
  pause: () => Promise<void>,
  signal?: AbortSignal,
): Promise<ExtractedText<N>> {
  const it = walk(root, mapNode);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    if (shouldPause()) {
      await pause();
      signal?.throwIfAborted();
    }
  }
}

/** The segment holding text offset `pos` (binary search), or -1. */
export function segmentAt<N>(segments: readonly Segment<N>[], pos: number): number {
  return spanIndexAt(segments, pos);
}
