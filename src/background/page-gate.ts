/**
 * Which pages get a content script at all. The worker sees every tab's title and URL (host
 * permissions give it both) without touching the page, so a page whose title and address have no
 * Arabic letter costs the page nothing: no script is injected, not even a tiny one. (Any content
 * script that reads the DOM costs Chromium ~0.65 ms of the page's main thread just to set up its
 * world, measured in bench/page-detect.bench.ts; the budget for a page that is clearly not
 * Arabic is 0.5 ms.) Pages that may be Arabic get the language stage (`content-language.js`),
 * which reads the lang attribute and a text sample.
 *
 * A page with an Arabic lang attribute but no Arabic letter in its title or address is missed;
 * the toolbar button still analyses it.
 */

function hasArabicScript(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return true;
  }
  return false;
}

/** Whether a page with this title and URL may be Arabic (and so deserves a look inside). */
export function mayBeArabic(title: string | undefined, url: string | undefined): boolean {
  if (!url || !/^https?:/i.test(url)) return false;
  if (title && hasArabicScript(title)) return true;
  // Arabic article addresses often carry the headline as a percent-encoded slug.
  let path = url;
  try {
    path = decodeURIComponent(url);
  } catch {
    // Malformed escapes: look at the raw address.
  }
  return hasArabicScript(path);
}

/** One injection per tab and document address: title changes and reloads of the same page do not repeat it. */
export class PageGate {
  private readonly seen = new Map<number, string>();

  /** True the first time a tab shows `url` with an Arabic-looking title or address. */
  shouldInject(tabId: number, title: string | undefined, url: string | undefined): boolean {
    if (!mayBeArabic(title, url)) return false;
    const key = (url ?? '').split('#')[0];
    if (this.seen.get(tabId) === key) return false;
    this.seen.set(tabId, key);
    return true;
  }

  /** Whether the tab's document at `url` has been given the stage already. */
  injected(tabId: number, url: string | undefined): boolean {
    return url !== undefined && this.seen.get(tabId) === url.split('#')[0];
  }

  /** The tab loaded a new document (the old one's scripts are gone). */
  reset(tabId: number): void {
    this.seen.delete(tabId);
  }
}
