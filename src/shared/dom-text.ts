/**
 * Article text out of a DOM subtree, with a map from every text offset back to the DOM text node
 * it came from. Works on any DOM (the live page, a Readability clone, linkedom in the CLI): it only
 * walks `childNodes`.
 *
 * Whitespace is collapsed as a browser would render it, and block elements start a new line, so
 * the engine sees one paragraph per line. Each segment maps a stretch of output text linearly onto
 * one text node; a collapsed whitespace run starts a new segment.
 */

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

/**
 * Text of `root` with block structure as line breaks. `mapNode` lets the caller translate a node
 * (e.g. from a clone back to the live page); nodes it maps to `null` are still read but unmapped.
 */
export function extractText<N = Text>(
  root: MinimalNode,
  mapNode: (node: Text) => N | null = (n) => n as unknown as N,
): ExtractedText<N> {
  const parts: string[] = [];
  const segments: Segment<N>[] = [];
  let length = 0;
  let lastChar = '\n'; // the text so far "ends" with a line break: no leading space or newline
  const newline = () => {
    if (lastChar !== '\n' && length > 0) {
      // Drop a trailing space before the line break.
      if (lastChar === ' ') {
        const last = parts[parts.length - 1];
        parts[parts.length - 1] = last.slice(0, -1);
        length--;
        const seg = segments[segments.length - 1];
        if (seg && seg.end > length) seg.end = length;
      }
      parts.push('\n');
      length++;
      lastChar = '\n';
    }
  };
  const emitText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    const target = mapNode(node);
    let pos = 0;
    WS.lastIndex = 0;
    let m: RegExpExecArray | null;
    const emitRun = (from: number, to: number) => {
      if (to <= from) return;
      const chunk = data.slice(from, to);
      if (target !== null) segments.push({ start: length, end: length + chunk.length, node: target, nodeOffset: from });
      parts.push(chunk);
      length += chunk.length;
      lastChar = chunk[chunk.length - 1];
    };
    while ((m = WS.exec(data)) !== null) {
      emitRun(pos, m.index);
      if (lastChar !== ' ' && lastChar !== '\n') {
        if (target !== null) segments.push({ start: length, end: length + 1, node: target, nodeOffset: m.index });
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
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      emitText(node as unknown as Text);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const hidden = (node as unknown as { hidden?: boolean }).hidden === true;
    if (hidden) continue;
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
  const trimmed = text.replace(/[\s]+$/, '');
  if (trimmed.length !== text.length) {
    text = trimmed;
    for (const s of segments) if (s.end > text.length) s.end = text.length;
  }
  return { text, segments: segments.filter((s) => s.end > s.start) };
}

/** The segment holding text offset `pos` (binary search), or -1. */
export function segmentAt<N>(segments: readonly Segment<N>[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
