/**
 * The reading log page: who is quoted most across everything read, one person's quotes as a
 * timeline and side by side by outlet, the figures reported for a place or a name, search,
 * filters, and the user's data (export, import, delete). It renders what the log's reads return
 * and knows nothing of Arabic; every string comes from _locales.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useI18n } from '../shared/i18n.js';
import type { MessageKey } from '../shared/i18n.js';
import type { ArticleRef, LogCounts, LogFilters, PeoplePage, PersonPage, RankedPerson, SearchAnswer, TimelineQuote } from '../shared/log/read.js';
import type { PersonType } from '../shared/log/schema.js';
import type { LogStatus } from '../shared/log/status.js';
import type { LogSource } from './source.js';
import { logCsv, logJson, logMarkdown } from './export.js';

export interface Route {
  entry?: string;
  q?: string;
}

export interface AppProps {
  source: LogSource;
  route: Route;
  navigate(route: Route): void;
  /** Called once the first screen (the ranking) is on screen. */
  onReady?: () => void;
}

type TypeChoice = 'speakers' | 'person' | 'organization' | 'location' | 'sources' | 'all';
const TYPES: Record<TypeChoice, PersonType[]> = {
  speakers: ['person', 'organization'],
  person: ['person'],
  organization: ['organization'],
  location: ['location'],
  sources: ['anonymous', 'document', 'unknown'],
  all: [],
};
const TYPE_LABEL: Record<TypeChoice, MessageKey> = {
  speakers: 'logTypeSpeakers',
  person: 'logTypePeople',
  organization: 'logTypeOrgs',
  location: 'logTypePlaces',
  sources: 'logTypeSources',
  all: 'logTypeAll',
};
const KIND_OF_TYPE: Partial<Record<PersonType, MessageKey>> = {
  person: 'logKindPerson',
  organization: 'logKindOrg',
  location: 'logKindPlace',
  anonymous: 'logKindSource',
  document: 'logKindSource',
  unknown: 'logKindSource',
};

const PAGE = 50;

function useAsync<T>(load: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string | null; reload: () => void } {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && (setValue(v), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { value, error, reload: useCallback(() => setTick((n) => n + 1), []) };
}

function formatBytes(n: number, num: (n: number, o?: Intl.NumberFormatOptions) => string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${num(n, { maximumFractionDigits: i ? 1 : 0 })} ${units[i]}`;
}

function Skipped({ count }: { count: number }) {
  const { t } = useI18n();
  return count > 0 ? <p class="notice" role="status">{t('logSkipped', count)}</p> : null;
}

function PersonRow({ p, onOpen, byNamed }: { p: RankedPerson; onOpen: (id: string) => void; byNamed: boolean }) {
  const { t } = useI18n();
  const kind = KIND_OF_TYPE[p.type];
  return (
    <li>
      <button type="button" class="row" onClick={() => onOpen(p.id)} data-entry={p.id}>
        <bdi class="name">{p.name}</bdi>
        {kind && <span class={`badge ${p.type}`}>{t(kind)}</span>}
        {p.roles.length > 0 && <bdi class="roles">{p.roles.join(' · ')}</bdi>}
        <span class="stats">{byNamed ? t('logNamedStats', p.articles, p.outlets) : t('logRowStats', p.articles, p.quotes, p.outlets)}</span>
      </button>
    </li>
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) in the interface's language: «12 أغسطس 2026», «Aug 12, 2026». */
function formatDay(day: string, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })));
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : f.format(t);
}

/** Outlet, date and title of an article; each isolated, so Arabic and English never reorder each other. */
function ArticleLine({ a }: { a: ArticleRef }) {
  const { locale } = useI18n();
  return (
    <span class="article">
      <bdi class="outlet">{a.outlet}</bdi> ·{' '}
      <time dateTime={a.day}>
        <bdi>{formatDay(a.day, locale)}</bdi>
      </time>{' '}
      ·{' '}
      <a href={a.url} target="_blank" rel="noreferrer noopener">
        <bdi>{a.title || a.url}</bdi>
      </a>
    </span>
  );
}

function Quote({ q, showSpeaker, article }: { q: TimelineQuote | (Omit<TimelineQuote, 'article'> & { article?: ArticleRef }); showSpeaker?: boolean; article?: boolean }) {
  const { t } = useI18n();
  return (
    <li class={`quote ${q.kind}`} data-kind={q.kind}>
      <div class="meta">
        <span class={`kind ${q.kind}`}>{t(q.kind === 'direct' ? 'logDirect' : 'logIndirect')}</span>
        {showSpeaker && <bdi class="speaker">{q.speaker}</bdi>}
        {article && q.article && <ArticleLine a={q.article} />}
      </div>
      {q.kind === 'direct' ? (
        <blockquote class="said" dir="auto">
          «{q.content}»
        </blockquote>
      ) : (
        <p class="said reported" dir="auto">
          <span class="cue">{q.cue}</span> {q.content}
        </p>
      )}
      <a class="source" href={q.link} target="_blank" rel="noreferrer noopener">
        {t('logOpenSentence')}
      </a>
    </li>
  );
}

function Filters({ filters, setFilters, type, setType, outlets, showKind }: { filters: LogFilters; setFilters: (f: LogFilters) => void; type: TypeChoice; setType: (t: TypeChoice) => void; outlets: string[]; showKind: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset class="filters">
      <legend class="sr-only">{t('logFilters')}</legend>
      <label>
        {t('logFilterOutlet')}
        <select value={filters.outlet ?? ''} onChange={(e) => setFilters({ ...filters, outlet: (e.currentTarget as HTMLSelectElement).value || undefined })}>
          <option value="">{t('logAllOutlets')}</option>
          {outlets.map((o) => (
            <option value={o} key={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('logFilterFrom')}
        <input type="date" value={filters.from ?? ''} onChange={(e) => setFilters({ ...filters, from: (e.currentTarget as HTMLInputElement).value || undefined })} />
      </label>
      <label>
        {t('logFilterTo')}
        <input type="date" value={filters.to ?? ''} onChange={(e) => setFilters({ ...filters, to: (e.currentTarget as HTMLInputElement).value || undefined })} />
      </label>
      <label>
        {t('logFilterType')}
        <select value={type} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value as TypeChoice)}>
          {(Object.keys(TYPES) as TypeChoice[]).map((k) => (
            <option value={k} key={k}>
              {t(TYPE_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      {showKind && (
        <label>
          {t('logFilterKind')}
          <select value={filters.kind ?? ''} onChange={(e) => setFilters({ ...filters, kind: ((e.currentTarget as HTMLSelectElement).value || undefined) as LogFilters['kind'] })}>
            <option value="">{t('logKindAll')}</option>
            <option value="direct">{t('logKindDirect')}</option>
            <option value="indirect">{t('logKindIndirect')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}

function Ranking({ page, byNamed, onOpen, onMore }: { page: PeoplePage; byNamed: boolean; onOpen: (id: string) => void; onMore: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t(byNamed ? 'logRankingPlaces' : 'logRanking')}</h2>
      <Skipped count={page.skipped} />
      {page.people.length === 0 ? (
        <p class="empty">{t('logNoMatch')}</p>
      ) : (
        <ol class="people" id="ranking">
          {page.people.map((p) => (
            <PersonRow p={p} key={p.id} onOpen={onOpen} byNamed={byNamed} />
          ))}
        </ol>
      )}
      {page.more && (
        <button type="button" class="more" onClick={onMore}>
          {t('logMore')}
        </button>
      )}
    </section>
  );
}

function SearchView({ answer, onOpen }: { answer: SearchAnswer; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="search-title" id="search-results">
      <h2 id="search-title">{t('logSearchResults', answer.total)}</h2>
      <Skipped count={answer.skipped} />
      {answer.people.length > 0 && (
        <>
          <h3>{t('logPeopleMatch')}</h3>
          <ol class="people">
            {answer.people.map((p) => (
              <PersonRow p={p} key={p.id} onOpen={onOpen} byNamed={p.type === 'location'} />
            ))}
          </ol>
        </>
      )}
      <ol class="hits">
        {answer.hits.map((h) => (
          <li key={h.article.key} class="hit">
            <ArticleLine a={h.article} />
            {h.quotes.length > 0 && (
              <ul class="quotes">
                {h.quotes.map((q) => (
                  <Quote q={q} key={q.id} showSpeaker />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {answer.total === 0 && <p class="empty">{t('logNoMatch')}</p>}
    </section>
  );
}

function EntryView({ page, source, onChanged, onBack }: { page: PersonPage; source: LogSource; onChanged: (id?: string) => void; onBack: () => void }) {
  const { t } = useI18n();
  const [mergeWith, setMergeWith] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = useAsync(() => source.top({ types: [] }, 300), [page.person.id]);
  const p = page.person;
  const roles = Object.keys(p.roles);
  const kind = KIND_OF_TYPE[p.type];
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [p.id]);
  const act = async (run: () => Promise<{ ok: boolean; error?: string; id?: string }>) => {
    const r = await run();
    if (r.ok) onChanged(r.id);
    else setError(r.error ?? '');
  };
  return (
    <article class="entry" aria-labelledby="entry-name">
      <button type="button" class="back" onClick={onBack}>
        {t('logBack')}
      </button>
      <h2 id="entry-name" tabIndex={-1} ref={heading}>
        <bdi>{p.name}</bdi> {kind && <span class={`badge ${p.type}`}>{t(kind)}</span>}
      </h2>
      {roles.length > 0 && (
        <p class="roles" dir="auto">
          {roles.join(' · ')}
        </p>
      )}
      <p class="stats">{t('logRowStats', p.articles, p.quotes, Object.keys(p.outlets).length)}</p>
      <Skipped count={page.skipped} />

      {page.quotes.length > 0 && (
        <section aria-labelledby="timeline-title">
          <h3 id="timeline-title">{t('logTimeline')}</h3>
          <ol class="timeline quotes" id="timeline">
            {page.quotes.map((q) => (
              <Quote q={q} key={`${q.article.key}:${q.id}`} article />
            ))}
          </ol>
        </section>
      )}

      {page.byOutlet.length > 1 && (
        <section aria-labelledby="outlets-title">
          <h3 id="outlets-title">{t('logSideBySide')}</h3>
          <div class="columns">
            {page.byOutlet.map((g) => (
              <section class="column" key={g.outlet} aria-label={g.outlet}>
                <h4 dir="auto">{g.outlet}</h4>
                <ol class="quotes">
                  {g.quotes.map((q) => (
                    <Quote q={q} key={`${q.article.key}:${q.id}`} />
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </section>
      )}

      {page.numbers.length > 0 && (
        <section aria-labelledby="numbers-title">
          <h3 id="numbers-title">{t('logNumbers')}</h3>
          <table class="numbers">
            <thead>
              <tr>
                <th scope="col">{t('logColFigure')}</th>
                <th scope="col">{t('logColBy')}</th>
                <th scope="col">{t('logColWhere')}</th>
                <th scope="col">{t('logColSentence')}</th>
              </tr>
            </thead>
            <tbody>
              {page.numbers.map((n, i) => (
                <tr key={i}>
                  <td class="figure" dir="auto">
                    {n.text}
                  </td>
                  <td>
                    <bdi>{n.by ?? n.article.outlet}</bdi>
                  </td>
                  <td>
                    <ArticleLine a={n.article} />
                  </td>
                  <td dir="auto">
                    <a href={n.link} target="_blank" rel="noreferrer noopener">
                      {n.sentence}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {page.mentions.length > 0 && (
        <section aria-labelledby="mentions-title">
          <h3 id="mentions-title">{t('logMentions')}</h3>
          <ul class="mentions">
            {page.mentions.map((a) => (
              <li key={a.key}>
                <ArticleLine a={a} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="manage-title" class="manage">
        <h3 id="manage-title">{t('logManage')}</h3>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        <div class="merge">
          <label>
            {t('logMerge')}
            <select value={mergeWith} onChange={(e) => setMergeWith((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('logMergePick')}</option>
              {(candidates.value?.people ?? [])
                .filter((c) => c.id !== p.id)
                .map((c) => (
                  <option value={c.id} key={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" disabled={!mergeWith} onClick={() => void act(() => source.change({ op: 'merge', into: p.id, from: mergeWith }))}>
            {t('logMergeButton')}
          </button>
        </div>
        {page.forms.length > 1 && (
          <div class="forms">
            <p>{t('logForms')}</p>
            <ul>
              {page.forms.map((f) => (
                <li key={f.key}>
                  <bdi>{f.label}</bdi> <span class="muted">({f.count})</span>{' '}
                  <button type="button" onClick={() => void act(() => source.change({ op: 'split', id: p.id, key: f.key }))}>
                    {t('logSplit')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </article>
  );
}

function DataPanel({ source, counts, status, onChanged }: { source: LogSource; counts: LogCounts | undefined; status: LogStatus | undefined; onChanged: () => void }) {
  const { t, num } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Read only when opened: listing every article is not part of the first screen.
  const [listOpen, setListOpen] = useState(false);
  const list = useAsync(() => (listOpen ? source.articles({}) : Promise.resolve(undefined)), [listOpen, counts?.articles]);
  const use = useAsync(() => source.storageUse(), [counts?.articles]);
  const doExport = async (kind: 'json' | 'csv' | 'md') => {
    const { data, skipped } = await source.exportLog();
    const stamp = data.exportedAt.slice(0, 10);
    if (kind === 'json') source.download(`isnad-log-${stamp}.json`, 'application/json', logJson(data));
    else if (kind === 'csv') source.download(`isnad-log-${stamp}.csv`, 'text/csv', logCsv(data));
    else source.download(`isnad-log-${stamp}.md`, 'text/markdown', logMarkdown(data, t('logTitle')));
    setMessage(skipped ? t('logSkipped', skipped) : t('logExported', data.articles.length));
  };
  const doImport = async (file: File) => {
    let data: { format?: string; articles?: unknown[]; choices?: unknown[] };
    try {
      data = JSON.parse(await file.text());
    } catch {
      setMessage(t('logImportBad'));
      return;
    }
    if (!data || data.format !== 'isnad-log' || !Array.isArray(data.articles)) {
      setMessage(t('logImportBad'));
      return;
    }
    // Large logs go in batches: one message must stay well under the browsers' size limits.
    const total = { added: 0, updated: 0, skipped: 0 };
    const BATCH = 200;
    for (let i = 0; i < data.articles.length || i === 0; i += BATCH) {
      const last = i + BATCH >= data.articles.length;
      const r = await source.change({ op: 'import', data: { ...data, articles: data.articles.slice(i, i + BATCH), choices: last ? data.choices : [] } });
      if (!r.ok) {
        setMessage(r.error);
        onChanged();
        return;
      }
      total.added += r.import?.added ?? 0;
      total.updated += r.import?.updated ?? 0;
      total.skipped += r.import?.skipped.length ?? 0;
    }
    setMessage(t('logImported', total.added, total.updated, total.skipped));
    onChanged();
  };
  const run = async (c: Parameters<LogSource['change']>[0]) => {
    const r = await source.change(c);
    setMessage(r.ok ? null : r.error);
    onChanged();
  };
  return (
    <section aria-labelledby="data-title" class="data" id="data">
      <h2 id="data-title">{t('logData')}</h2>
      <p class="privacy">{t('logPrivacy')}</p>
      {counts && (
        <p class="storage" id="storage">
          {t('logCounts', counts.articles, counts.people)}
          {use.value?.bytes !== undefined && <> · {t('logStorage', formatBytes(use.value.bytes, num))}</>}
        </p>
      )}
      {status?.error && (
        <p class="notice error" role="alert">
          {status.error}
        </p>
      )}
      {message && (
        <p class="notice" role="status" id="data-message">
          {message}
        </p>
      )}
      <div class="actions">
        {status && (
          <button type="button" onClick={() => void source.settings({ paused: !status.paused }).then(onChanged)} id="pause">
            {t(status.paused ? 'logResume' : 'logPause')}
          </button>
        )}
        <button type="button" onClick={() => void doExport('json')} id="export-json">
          {t('logExportJson')}
        </button>
        <button type="button" onClick={() => void doExport('csv')} id="export-csv">
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={() => void doExport('md')} id="export-md">
          {t('logExportMarkdown')}
        </button>
        <label class="file">
          {t('logImport')}
          <input
            type="file"
            accept="application/json,.json"
            id="import"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              if (f) void doImport(f).finally(() => (input.value = ''));
            }}
          />
        </label>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)} id="delete-all">
            {t('logDeleteAll')}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={t('logDeleteAllConfirm')}>
            {t('logDeleteAllConfirm')}{' '}
            <button type="button" class="danger" id="delete-all-confirm" onClick={() => void run({ op: 'clear' }).then(() => setConfirming(false))}>
              {t('logDeleteAll')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('logCancel')}
            </button>
          </span>
        )}
      </div>
      {(counts?.articles ?? 0) > 0 && (
        <details class="article-list" onToggle={(e) => setListOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('logArticles', counts?.articles ?? 0)}</summary>
          <ul>
            {(list.value?.articles ?? []).map((a) => (
              <li key={a.key}>
                <ArticleLine a={a} />{' '}
                <button type="button" class="danger small" aria-label={`${t('logDeleteArticle')}: ${a.title}`} onClick={() => void run({ op: 'delete', key: a.key })}>
                  {t('logDeleteArticle')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function App({ source, route, navigate, onReady }: AppProps) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<LogFilters>({});
  const [type, setType] = useState<TypeChoice>('speakers');
  const [limit, setLimit] = useState(PAGE);
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState(route.q ?? '');
  const typed = useMemo(() => ({ ...filters, types: TYPES[type] }), [filters, type]);
  const byNamed = type === 'location';

  const status = useAsync(() => source.status(), [version]);
  const counts = useAsync(() => source.counts(), [version]);
  const outlets = useAsync(() => source.outlets(), [version]);
  const ranking = useAsync(() => (route.entry || route.q ? Promise.resolve(undefined) : source.top(typed, limit)), [typed, limit, version, route.entry, route.q]);
  const answer = useAsync(() => (route.q && !route.entry ? source.search(route.q, filters) : Promise.resolve(undefined)), [route.q, route.entry, filters, version]);
  const entry = useAsync(() => (route.entry ? source.person(route.entry, filters) : Promise.resolve(undefined)), [route.entry, filters, version]);

  const ready = useRef(false);
  useEffect(() => {
    if (!ready.current && ranking.value && onReady) {
      ready.current = true;
      onReady();
    }
  }, [ranking.value, onReady]);

  useEffect(() => setQuery(route.q ?? ''), [route.q]);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        searchBox.current?.focus();
      } else if (e.key === 'Escape' && (route.entry || route.q)) {
        navigate({});
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [route.entry, route.q, navigate]);

  const changed = (id?: string) => {
    setVersion((v) => v + 1);
    if (id) navigate({ entry: id });
  };
  const open = (id: string) => navigate({ entry: id });
  const off = status.value && !status.value.enabled && (counts.value?.articles ?? 0) === 0;

  let main: ComponentChildren = null;
  if (route.entry) {
    main = entry.value ? (
      <EntryView page={entry.value} source={source} onChanged={changed} onBack={() => navigate({})} />
    ) : entry.value === null ? (
      <p class="empty">{t('logNoMatch')}</p>
    ) : null;
  } else if (route.q) {
    main = answer.value ? <SearchView answer={answer.value} onOpen={open} /> : null;
  } else if (ranking.value) {
    main =
      counts.value?.articles === 0 && !filters.outlet && !filters.from && !filters.to ? (
        <p class="empty" id="empty">
          {t(off ? 'logOff' : 'logEmpty')}
        </p>
      ) : (
        <Ranking page={ranking.value} byNamed={byNamed} onOpen={open} onMore={() => setLimit((n) => n + PAGE)} />
      );
  }
  const error = ranking.error ?? entry.error ?? answer.error;

  return (
    <>
      <header class="top">
        <h1>
          <a
            href="?"
            onClick={(e) => {
              e.preventDefault();
              navigate({});
            }}
          >
            {t('logTitle')}
          </a>
        </h1>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(query.trim() ? { q: query.trim() } : {});
          }}
        >
          <label class="sr-only" for="q">
            {t('logSearchLabel')}
          </label>
          <input id="q" ref={searchBox} type="search" value={query} placeholder={t('logSearchPlaceholder')} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t('logSearch')}</button>
        </form>
        {status.value?.enabled === false && (
          <button type="button" onClick={() => void source.settings({ enabled: true }).then(() => setVersion((v) => v + 1))} id="turn-on">
            {t('logTurnOn')}
          </button>
        )}
        {status.value?.paused && <span class="badge paused">{t('logPaused')}</span>}
      </header>
      <Filters filters={filters} setFilters={setFilters} type={type} setType={setType} outlets={outlets.value ?? []} showKind={!!(route.entry || route.q)} />
      <main id="main" aria-busy={!main && !error}>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        {main}
      </main>
      {!route.entry && !route.q && <DataPanel source={source} counts={counts.value} status={status.value} onChanged={() => setVersion((v) => v + 1)} />}
    </>
  );
}
