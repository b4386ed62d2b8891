/**
 * The popup: the current tab's analysis, in the reader's language. It renders the Analysis schema
 * and knows nothing of Arabic; every string comes from the analysis or from _locales, and every
 * browser call goes through the actions the shell (index.tsx) passes in.
 */
import { useEffect, useErrorBoundary, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Analysis, EntityType } from '../engine/types.js';
import type { TabAnalysis } from '../shared/messages.js';
import { neutraliseDeep } from '../shared/neutral-text.js';
import { readerView } from '../shared/reader-view.js';
import { ArticleContext, EnvContext, useEnv } from './context.js';
import type { ArticleData, PopupActions, PopupEnv } from './context.js';
import { EntitiesPanel } from './components/EntitiesPanel.js';
import { ExportBar } from './components/ExportBar.js';
import { Header, countsOf } from './components/Header.js';
import { PageMarks } from './components/PageMarks.js';
import { LogEntry } from './components/LogEntry.js';
import { NumbersPanel } from './components/NumbersPanel.js';
import { QuotesPanel } from './components/QuotesPanel.js';
import { ErrorView, LoadingView, NoneView, NotSupportedView } from './components/StateView.js';
import { Tabs, panelId, tabId } from './components/Tabs.js';
import type { TabDef } from './components/Tabs.js';
import { onListKeyDown } from './components/listNav.js';
import { I18nContext, useI18n } from './i18n.js';
import type { I18n } from './i18n.js';
import { entityRows } from './model/entities.js';
import { groupQuotes, quoteCounts } from './model/quotes.js';
import { numberCount } from './model/numbers.js';
import { usePaintedOnce } from './first-screen.js';
import { snapshot } from './settings.js';
import type { SettingsSnapshot } from './settings.js';
import { useTabAnalysis } from './useTabAnalysis.js';
import type { Loader } from './useTabAnalysis.js';

type TabKey = 'quotes' | 'places' | 'numbers';

export interface AppProps {
  i18n: I18n;
  load: Loader;
  /** The first answer, when the shell already has it: the first render shows it directly. */
  initial?: TabAnalysis;
  actions: PopupActions;
  /** Entity id from `?speaker=`: open on that speaker's quotes. */
  speaker?: string | null;
  /** The settings the shell already read for the first frame (so corrections apply from it). */
  initialSettings?: SettingsSnapshot;
  /** Called once, when the first analysis is on screen (the shell records a performance mark). */
  onReady?: () => void;
  pollMs?: number;
}

const ENTITY_ORDER: EntityType[] = ['location', 'person', 'organization'];

function ReadyView({
  tab,
  speaker,
  firstScreen,
  initialSettings,
  onOpenInTab,
}: {
  tab: TabAnalysis & { text: string; analysis: Analysis };
  speaker: string | null;
  /** Only the first screenful of quotes, for the first frame (first-screen.ts). */
  firstScreen: boolean;
  initialSettings?: SettingsSnapshot;
  onOpenInTab?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { actions } = useEnv();
  const site = tab.page?.site ?? '';
  const [settings, setSettings] = useState<SettingsSnapshot | undefined>(initialSettings);
  useEffect(() => {
    if (settings || !actions.settings || !site) return;
    let live = true;
    snapshot(actions.settings, site)
      .then((s) => live && setSettings(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [actions.settings, site, settings]);
  // What the reader sees, here as in the page: no byline or dateline names, their corrections applied.
  const corrections = settings?.site.corrections;
  const analysis = useMemo(() => readerView(tab.analysis, tab.frame, corrections), [tab.analysis, tab.frame, corrections]);
  const data = useMemo<ArticleData>(() => ({ page: tab.page, text: tab.text, analysis, frame: tab.frame }), [tab.page, tab.text, analysis, tab.frame]);
  const groups = useMemo(() => groupQuotes(analysis), [analysis]);
  const counts = useMemo(() => quoteCounts(analysis), [analysis]);
  const sections = useMemo(() => ENTITY_ORDER.map((type) => ({ type, rows: entityRows(analysis, type) })), [analysis]);
  const known = speaker ? analysis.entities.find((e) => e.id === speaker) : undefined;
  const speakerHasQuotes = !!known && groups.some((g) => g.entityId === known.id);
  const [tabKey, setTab] = useState<TabKey>(known && !speakerHasQuotes ? 'places' : 'quotes');
  const [filter, setFilter] = useState<string | null>(speakerHasQuotes ? `entity:${known!.id}` : null);
  const entityTotal = sections.reduce((n, s) => n + s.rows.length, 0);
  const tabs: TabDef<TabKey>[] = [
    { id: 'quotes', label: t('tabQuotes'), count: analysis.quotes.length },
    { id: 'places', label: t('tabPlaces'), count: entityTotal },
    { id: 'numbers', label: t('tabNumbers'), count: numberCount(analysis.numbers) },
  ];
  const canSet = !!actions.settings && !!site && !!settings;
  return (
    <ArticleContext.Provider value={data}>
      <Header
        page={data.page}
        frame={data.frame}
        state="ready"
        counts={countsOf(analysis, groups.length)}
        warnings={analysis.warnings}
        display={canSet ? settings!.display : undefined}
        onDisplay={canSet ? async (patch) => setSettings({ ...settings!, display: await actions.settings!.patchDisplay(patch) }) : undefined}
        onOpenInTab={onOpenInTab}
      />
      <Tabs<TabKey> tabs={tabs} active={tabKey} onSelect={setTab} label={t('sectionsLabel')} />
      <div
        class="panel"
        role="tabpanel"
        id={panelId(tabKey)}
        aria-labelledby={tabId(tabKey)}
        tabIndex={0}
        onKeyDown={onListKeyDown}
      >
        {tabKey === 'quotes' ? (
          <QuotesPanel groups={groups} filter={filter} firstScreen={firstScreen} onClearFilter={() => setFilter(null)} />
        ) : tabKey === 'places' ? (
          <EntitiesPanel
            sections={sections}
            quoteCounts={counts}
            focusEntity={known && !speakerHasQuotes ? known.id : null}
            onShowQuotes={(id) => {
              setFilter(`entity:${id}`);
              setTab('quotes');
            }}
          />
        ) : (
          <NumbersPanel numbers={analysis.numbers} />
        )}
      </div>
      {canSet ? (
        <PageMarks
          site={site}
          settings={settings!}
          onSite={async (patch) => setSettings({ ...settings!, site: await actions.settings!.patchSite(site, patch) })}
          onDisplay={async (patch) => setSettings({ ...settings!, display: await actions.settings!.patchDisplay(patch) })}
        />
      ) : null}
      <ExportBar />
      <LogEntry />
    </ArticleContext.Provider>
  );
}

/**
 * Data the schema allows but a component did not expect must not blank the popup: the error is
 * caught here and shown as the error state.
 */
function Boundary({ onError, children }: { onError(e: unknown): void; children: ComponentChildren }) {
  const [error] = useErrorBoundary(onError);
  return error ? null : <>{children}</>;
}

export function App({ i18n, load, initial, actions, speaker = null, initialSettings, onReady, pollMs }: AppProps) {
  const { data: received, loading, elapsedMs, reload } = useTabAnalysis(load, { pollMs, tooLong: i18n.t('tooLong'), initial });
  // Page text enters the popup here: its hidden controls are neutralised for everything shown
  // and exported below (shared/neutral-text.ts; offsets stay valid), the page's metadata (outlet,
  // author) and the article's frame (byline, dateline) included.
  const data = useMemo(() => (received ? neutraliseDeep(received) : received), [received]);
  const [status, setStatus] = useState('');
  const [renderError, setRenderError] = useState<string | null>(null);
  const env = useMemo<PopupEnv>(() => ({ actions, announce: setStatus }), [actions]);
  const ready = !loading && data?.state === 'ready' && !!data.analysis && typeof data.text === 'string';
  const painted = usePaintedOnce(ready);
  const reported = useRef(false);
  useLayoutEffect(() => {
    if (ready && !reported.current) {
      reported.current = true;
      onReady?.();
    }
  }, [ready, onReady]);

  const state: TabAnalysis['state'] | 'loading' =
    loading || !data ? 'loading' : renderError !== null ? 'error' : ready ? 'ready' : data.state === 'ready' ? 'error' : data.state;
  let body;
  if (state === 'loading') body = <LoadingView data={data} elapsedMs={elapsedMs} />;
  else if (state === 'ready')
    body = (
      <Boundary onError={(e) => setRenderError(`${i18n.t('renderError')} ${e instanceof Error ? e.message : String(e)}`)}>
        <ReadyView
          tab={data as TabAnalysis & { text: string; analysis: Analysis }}
          speaker={speaker}
          firstScreen={!painted}
          initialSettings={initialSettings}
          onOpenInTab={actions.openInTab}
        />
      </Boundary>
    );
  else if (state === 'not-supported') body = <NotSupportedView data={data!} />;
  else if (state === 'none') body = <NoneView onAnalyse={() => reload(true)} />;
  else
    body = (
      <ErrorView
        data={renderError !== null ? { state: 'error', error: renderError } : (data ?? { state: 'error' })}
        onRetry={() => {
          setRenderError(null);
          reload(true);
        }}
      />
    );

  return (
    <I18nContext.Provider value={i18n}>
      <EnvContext.Provider value={env}>
        <main data-state={state} aria-busy={state === 'ready' && !painted ? 'true' : undefined} lang={i18n.lang} dir={i18n.dir}>
          {state !== 'ready' ? <Header page={data?.page} state={state} onOpenInTab={actions.openInTab} /> : null}
          {body}
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
        </main>
      </EnvContext.Provider>
    </I18nContext.Provider>
  );
}
