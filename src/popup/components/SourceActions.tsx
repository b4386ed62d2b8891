/**
 * Source attribution on every item: show the sentence in the page (scroll + flash, through the
 * content script) and copy a text-fragment link that cites it for anyone.
 */
import type { ComponentChildren } from 'preact';
import type { Span } from '../../engine/types.js';
import { useArticle, useEnv } from '../context.js';
import { useI18n } from '../i18n.js';
import { textFragmentUrl } from '../../shared/text-fragment.js';

export function useSource(sentence: Span) {
  const { actions, announce } = useEnv();
  const { page, text } = useArticle();
  const { t } = useI18n();
  const link = () => (page?.url ? textFragmentUrl(page.url, text, sentence) : '');
  return {
    async show() {
      let ok = false;
      try {
        ok = await actions.showInPage(sentence);
      } catch {
        ok = false;
      }
      announce(ok ? t('shownInPage') : t('notFoundInPage'));
    },
    async copyLink() {
      const url = link();
      const ok = url ? await actions.copyText(url).catch(() => false) : false;
      announce(ok ? t('linkCopied') : t('linkNotCopied'));
    },
    link,
  };
}

/** One line of actions under an item; `children` come first (what kind of fact it is, more actions). */
export function SourceActions({ sentence, children }: { sentence: Span; children?: ComponentChildren }) {
  const { t } = useI18n();
  const source = useSource(sentence);
  return (
    <div class="actions">
      {children}
      <button type="button" class="show-in-page" onClick={() => void source.show()}>
        {t('showInPage')}
      </button>
      <button type="button" class="copy-link" onClick={() => void source.copyLink()}>
        {t('copyLink')}
      </button>
    </div>
  );
}
