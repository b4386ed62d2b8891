/**
 * Is the article shown light-on-dark? Highlight colours must stay readable on both, and the page's
 * own colours (not the user's colour-scheme preference) decide: the computed text colour of the
 * article is the most reliable sign (a background may be an image), its background the second.
 */
import type { Palette } from './highlighter.js';

/** Relative luminance (0 black … 1 white) of a CSS colour as getComputedStyle returns it, or null. */
function luminance(color: string): { value: number; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const alphaRaw = m[4];
  const alpha = alphaRaw === undefined ? 1 : alphaRaw.endsWith('%') ? parseFloat(alphaRaw) / 100 : parseFloat(alphaRaw);
  return { value: 0.2126 * lin(+m[1]) + 0.7152 * lin(+m[2]) + 0.0722 * lin(+m[3]), alpha };
}

export function paletteFor(el: Element | null): Palette {
  if (!el) return 'light';
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const text = luminance(view.getComputedStyle(el).color);
  if (text && text.alpha > 0.5) return text.value > 0.5 ? 'dark' : 'light';
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = luminance(view.getComputedStyle(e).backgroundColor);
    if (bg && bg.alpha > 0.5) return bg.value < 0.25 ? 'dark' : 'light';
  }
  return 'light';
}
