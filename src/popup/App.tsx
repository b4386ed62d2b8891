/**
 * The popup: the current tab's analysis as three lists. It knows the Analysis schema and nothing
 * of Arabic; every string it shows comes from the analysis or from _locales.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/send.js';
import type { TabAnalysis } from '../shared/messages.js';

const t = (key: string, fallback: string) => browser.i18n.getMessage(key) || fallback;

/** The tab to show: `?tab=ID` (tests, "open in tab"), else the active tab of this window. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [data, setData] = useState<TabAnalysis | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await targetTab();
      if (tabId === undefined) return setData({ state: 'error', error: 'No tab to analyse.' });
      let result = await sendToBackground('get-tab-analysis', { tabId });
      while (!cancelled && result.state === 'analysing') {
        await new Promise((r) => setTimeout(r, 250));
        result = await sendToBackground('get-tab-analysis', { tabId });
      }
      if (!cancelled) setData(result);
    })().catch((e: unknown) => setData({ state: 'error', error: String(e) }));
    return () => {
      cancelled = true;
    };
  }, []);

  if (!data) return <main data-state="loading">{t('loading', 'Analysing the article…')}</main>;
  if (data.state !== 'ready' || !data.analysis || data.text === undefined)
    return (
      <main data-state={data.state}>
        <p>{data.error ?? data.page?.reason ?? t('noAnalysis', 'Nothing analysed on this page yet.')}</p>
      </main>
    );
  const { analysis, text } = data;
  return (
    <main data-state="ready">
      <h1 dir="auto">{data.page?.title}</h1>
      <h2>{t('quotesHeading', 'Who said what')}</h2>
      <ul id="quotes">
        {analysis.quotes.map((q) => (
          <li key={q.id} dir="rtl" lang="ar">
            <strong>{q.speaker.text || '—'}</strong> ({q.cue.text}): {q.content.text}
          </li>
        ))}
      </ul>
      <h2>{t('placesHeading', 'Where')}</h2>
      <ul id="places">
        {analysis.entities
          .filter((e) => e.type === 'location')
          .map((e) => (
            <li key={e.id} dir="rtl" lang="ar">{e.name} ×{e.mentions.length}</li>
          ))}
      </ul>
      <h2>{t('numbersHeading', 'With what numbers')}</h2>
      <ul id="numbers">
        {analysis.numbers.map((n) => (
          <li key={`${n.start}`} dir="rtl" lang="ar">
            {text.slice(n.start, n.end)} {n.counted ? `— ${n.counted.text}` : ''}
          </li>
        ))}
      </ul>
    </main>
  );
}
