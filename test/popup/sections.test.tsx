// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { PAGE, SENTENCES, TEXT, at, readyTab } from './fixture.js';
import { renderApp } from './render.js';

afterEach(cleanup);

const ready = async () => waitFor(() => expect(document.querySelector('main[data-state="ready"]')).not.toBeNull());

describe('header', () => {
  it('shows the title, where it comes from, the verdict, one line of counts and the legend', async () => {
    const { onReady } = renderApp();
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(PAGE.title);
    expect(document.querySelector('.site')?.textContent).toBe('news.example.org');
    expect(document.querySelector('.verdict')?.textContent).toBe('Arabic news article');
    expect(document.querySelector('.counts')?.textContent).toBe('4 quotes · 3 speakers · 4 numbers');
    const legend = Array.from(document.querySelectorAll('.legend .legend-item'), (li) => [li.getAttribute('data-type'), li.textContent]);
    expect(legend).toEqual([
      ['person', 'People 1'],
      ['organization', 'Organizations 1'],
      ['location', 'Places 2'],
    ]);
    // Without settings to change, the legend is only a legend.
    expect(document.querySelector('.legend button')).toBeNull();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('names the author and the place the article was filed from, from its byline and dateline, and does not list them as people or places', async () => {
    const tab = readyTab();
    const hospital = at('مستشفى المدينة');
    tab.frame = { byline: { start: at('سامي الخطيب').start, end: at('سامي الخطيب').end, author: 'سامي الخطيب' }, dateline: { ...hospital, place: 'مستشفى المدينة' } };
    tab.page = { ...PAGE, meta: { url: PAGE.url, title: PAGE.title, site: PAGE.site, outlet: 'أخبار المدينة', publishedAt: '2024-03-04T09:00:00+02:00' } };
    renderApp({ answers: [tab] });
    await ready();
    expect(document.querySelector('.site')?.textContent).toBe('أخبار المدينة');
    expect(document.querySelector('.published')?.getAttribute('data-date')).toBe('2024-03-04');
    expect(document.querySelector('.published')?.textContent).toBe('March 4, 2024');
    expect(document.querySelector('.author')?.textContent).toBe('by سامي الخطيب');
    expect(document.querySelector('.place')?.textContent).toBe('filed from مستشفى المدينة');
    expect(document.querySelector('.legend [data-type="location"]')?.textContent).toBe('Places 1');
    fireEvent.click(screen.getByRole('tab', { name: /^Where/ }));
    expect(Array.from(document.querySelectorAll('#places .name'), (n) => n.textContent)).toEqual(['حلب']);
    // The person is still listed: named elsewhere in the article too, but once fewer.
    expect(document.querySelector('[data-entity="e1"] .count')?.textContent).toBe('×1');
  });
});

describe('who said what', () => {
  it('groups quotes by speaker entity, named speakers first, then anonymous sources and documents', async () => {
    renderApp();
    await ready();
    const groups = Array.from(document.querySelectorAll('#quotes section.group'));
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['entity:e1', 'anonymous', 'document']);
    const first = within(groups[0] as HTMLElement);
    expect(first.getByText('سامي الخطيب')).toBeTruthy();
    expect(first.getByText('وزير الصحة')).toBeTruthy();
    expect(groups[1].querySelector('h3')?.textContent).toContain('Anonymous sources');
    expect(groups[2].querySelector('h3')?.textContent).toContain('Documents and reports');
    // One <li> per quote, in article order inside the group.
    expect(Array.from(document.querySelectorAll('#quotes li')).map((li) => li.getAttribute('data-quote'))).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('puts named speakers before the anonymous group even when it has more quotes', async () => {
    const tab = readyTab();
    const q3 = tab.analysis!.quotes[2];
    tab.analysis!.quotes.push({ ...q3, id: 'q5' }, { ...q3, id: 'q6' });
    renderApp({ answers: [tab] });
    await ready();
    await waitFor(() => expect(document.querySelector('main[aria-busy]')).toBeNull());
    expect(Array.from(document.querySelectorAll('#quotes section.group'), (g) => g.getAttribute('data-group'))).toEqual(['entity:e1', 'anonymous', 'document']);
  });

  it('shows a direct quote in quotation marks and an indirect one as reported speech, never in quotation marks, with one line of actions', async () => {
    renderApp();
    await ready();
    const q2 = document.querySelector('[data-quote="q2"]') as HTMLElement;
    expect(q2.querySelector('.line q.content')?.textContent).toBe('سنفتح جناحا جديدا خلال أسبوعين');
    expect(q2.querySelector('.kind')?.textContent).toBe('Quoted');
    const q1 = document.querySelector('[data-quote="q1"]') as HTMLElement;
    expect(q1.querySelector('q')).toBeNull();
    expect(q1.querySelector('.line')?.textContent).toBe('أعلن وزير الصحة سامي الخطيب أمس أن 120 مريضا غادروا مستشفى المدينة بعد تحسن حالتهم');
    expect(q1.querySelector('.line')?.textContent).not.toMatch(/[«»"]/);
    expect(q1.querySelector('.attribution')?.textContent).toBe('أعلن وزير الصحة سامي الخطيب أمس أن ');
    expect(q1.querySelector('.kind')?.textContent).toBe('Reported');
    // No linguistic jargon.
    expect(document.querySelector('#quotes')?.textContent).not.toMatch(/Cue|Direct|Indirect/);
    // The actions are one row, and the source sentence opens on request.
    expect(q2.querySelectorAll('.actions').length).toBe(1);
    expect(q2.querySelector('.sentence')).toBeNull();
    fireEvent.click(within(q2).getByRole('button', { name: 'Sentence' }));
    const sentence = q2.querySelector('.source .sentence')!;
    expect(sentence.textContent).toBe(TEXT.slice(SENTENCES[1].start, SENTENCES[1].end));
    expect(sentence.querySelector('mark')?.textContent).toBe('سنفتح جناحا جديدا خلال أسبوعين');
  });

  it('opens on one speaker with ?speaker= and can show everyone again', async () => {
    renderApp({ speaker: 'e1' });
    await ready();
    expect(document.querySelectorAll('#quotes section.group')).toHaveLength(1);
    expect(document.querySelectorAll('#quotes li')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show all speakers (3)' }));
    expect(document.querySelectorAll('#quotes li')).toHaveLength(4);
  });

  it('opens a speaker without quotes on the names tab, with that name unfolded', async () => {
    renderApp({ speaker: 'e3' });
    await ready();
    expect(screen.getByRole('tab', { selected: true }).id).toBe('tab-places');
    const item = document.querySelector('[data-entity="e3"] details') as HTMLDetailsElement;
    expect(item.open).toBe(true);
  });

  it('ignores an unknown speaker id', async () => {
    renderApp({ speaker: 'e99' });
    await ready();
    expect(document.querySelectorAll('#quotes li')).toHaveLength(4);
  });

  it('says so when there are no quotes', async () => {
    const tab = (await import('./fixture.js')).readyTab();
    tab.analysis!.quotes = [];
    renderApp({ answers: [tab] });
    await ready();
    expect(screen.getByText('No quotes were found in this article.')).toBeTruthy();
  });
});

describe('where and who', () => {
  it('lists places, people and organizations with counts and their sentences', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: /^Where/ }));
    const places = Array.from(document.querySelectorAll('#places > li'));
    expect(places.map((li) => li.querySelector('.name')?.textContent)).toEqual(['حلب', 'مستشفى المدينة']);
    expect(places[0].querySelector('.count')?.textContent).toBe('×2');
    const sentences = Array.from(places[0].querySelectorAll('.sentence'));
    expect(sentences.map((s) => s.textContent)).toEqual([TEXT.slice(SENTENCES[3].start, SENTENCES[3].end), TEXT.slice(SENTENCES[4].start, SENTENCES[4].end)]);
    expect(sentences.every((s) => s.querySelector('mark')?.textContent === 'حلب')).toBe(true);
    expect(document.querySelector('#people .name')?.textContent).toBe('سامي الخطيب');
    expect(document.querySelector('#organizations .name')?.textContent).toBe('منظمة الإغاثة');
  });

  it('jumps from a person to their quotes', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: /^Where/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Their quotes (2)' }));
    expect(screen.getByRole('tab', { selected: true }).id).toBe('tab-quotes');
    expect(document.querySelectorAll('#quotes li')).toHaveLength(2);
  });

  it('says so when nothing was found', async () => {
    const tab = (await import('./fixture.js')).readyTab();
    tab.analysis!.entities = [];
    renderApp({ answers: [tab] });
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: /^Where/ }));
    expect(screen.getByText('No places, people or organizations were found in this article.')).toBeTruthy();
  });
});

describe('with what numbers', () => {
  it('reads each number as what it is, grouped by kind or as in the article', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: /^Numbers/ }));
    const values = () => Array.from(document.querySelectorAll('#numbers .value')).map((v) => v.textContent);
    expect(values()).toEqual(['120', '$2.5 million', '40%', '3 March 2024']);
    expect(Array.from(document.querySelectorAll('#numbers .group-title')).map((h) => h.textContent)).toEqual(['People and things', 'Money', 'Percentages', 'Dates and times']);
    const first = document.querySelector('#numbers li') as HTMLElement;
    expect(first.querySelector('.counted')?.textContent).toBe('مريضا');
    expect(Array.from(first.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['120', 'مريضا']);
    const percent = document.querySelector('#numbers li.number-percent') as HTMLElement;
    expect(percent.querySelector('.facts')?.textContent).toBe('Approximationنحو');
    fireEvent.click(screen.getByRole('button', { name: 'As in the article' }));
    expect(screen.getByRole('button', { name: 'As in the article' }).getAttribute('aria-pressed')).toBe('true');
    expect(values()).toEqual(['120', '40%', '3 March 2024', '$2.5 million']);
    expect(document.querySelectorAll('#numbers .group-title')).toHaveLength(0);
  });
});

describe('source attribution', () => {
  it('asks the page to show the quote’s sentence and says whether it worked', async () => {
    const { actions } = renderApp();
    await ready();
    const q3 = document.querySelector('[data-quote="q3"]') as HTMLElement;
    fireEvent.click(within(q3).getByRole('button', { name: 'Show in page' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The sentence is highlighted in the page.'));
    expect(actions.showInPage).toHaveBeenCalledWith(SENTENCES[2]);
  });

  it('tells the reader when the page cannot find the sentence', async () => {
    renderApp({ showInPage: false });
    await ready();
    fireEvent.click(screen.getAllByRole('button', { name: 'Show in page' })[0]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be found/));
  });

  it('copies a text-fragment link to the sentence of a number', async () => {
    const { actions } = renderApp();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: /^Numbers/ }));
    fireEvent.click(within(document.querySelector('#numbers li') as HTMLElement).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(actions.copyText).toHaveBeenCalledTimes(1));
    const url = (actions.copyText.mock.calls[0] as unknown as [string])[0];
    expect(url).toMatch(/^https:\/\/news\.example\.org\/health\/2024\/hospital\?id=7#:~:text=/);
    expect(decodeURIComponent(url.split('#:~:text=')[1])).toContain(at('أعلن وزير الصحة').text);
    expect(screen.getByRole('status').textContent).toBe('Link to the sentence copied.');
  });
});

describe('export', () => {
  it('downloads Markdown, CSV or JSON and copies the chosen format', async () => {
    const { actions } = renderApp();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const [name, mime, md] = actions.download.mock.calls[0] as unknown as [string, string, string];
    expect(name).toMatch(/^مستشفى-المدينة-يستقبل-المرضى-من-جديد-\d{4}-\d{2}-\d{2}\.md$/);
    expect(mime).toMatch(/markdown/);
    expect(md).toContain('## Sources');
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const json = (actions.download.mock.calls[1] as unknown as [string, string, string])[2];
    expect(JSON.parse(json).analysis.quotes).toHaveLength(4);
    fireEvent.change(select, { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(actions.copyText).toHaveBeenCalled());
    expect((actions.copyText.mock.calls[0] as unknown as [string])[0]).toMatch(/^\uFEFFfact,id,kind/);
  });
});

describe('the page’s marks', () => {
  it('switches marking on the site, marks only first mentions, and turns types off from the legend', async () => {
    const storage: Record<string, unknown> = {};
    renderApp({ storage });
    await ready();
    const site = (await screen.findByRole('checkbox', { name: /Mark names on this site/ })) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Names are no longer marked on this site.'));
    expect(storage['site:news.example.org']).toEqual({ highlight: false, corrections: {} });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mark only the first mention of each name' }));
    await waitFor(() => expect((storage.display as { firstOnly: boolean })?.firstOnly).toBe(true));
    const places = document.querySelector('.legend button[data-type="location"]') as HTMLElement;
    expect(places.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(places);
    await waitFor(() => expect(places.getAttribute('aria-pressed')).toBe('false'));
    expect(storage.display).toEqual({ types: { person: true, organization: true, location: false }, firstOnly: true });
  });

  it('applies the corrections made on this site and takes them back', async () => {
    const storage: Record<string, unknown> = { 'site:news.example.org': { highlight: true, corrections: { حلب: 'not-a-name', 'منظمة الإغاثة': 'location' } } };
    renderApp({ storage });
    await ready();
    const list = (await waitFor(() => document.querySelector('.corrections') ?? Promise.reject(new Error('no corrections yet')))) as HTMLElement;
    // حلب is not a name here; منظمة الإغاثة is a place.
    expect(document.querySelector('.legend [data-type="location"]')?.textContent).toBe('Places 2');
    expect(document.querySelector('.legend [data-type="organization"]')?.textContent).toBe('Organizations 0');
    expect(list.querySelector('summary')?.textContent).toBe('Your corrections on this site (2)');
    expect(Array.from(list.querySelectorAll('li'), (li) => li.getAttribute('data-name'))).toEqual(['حلب', 'منظمة الإغاثة']);
    fireEvent.click(within(list.querySelector('li[data-name="حلب"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.querySelector('.legend [data-type="location"]')?.textContent).toBe('Places 3'));
    expect(storage['site:news.example.org']).toEqual({ highlight: true, corrections: { 'منظمة الإغاثة': 'location' } });
  });

  it('is absent where no settings can be changed', async () => {
    renderApp();
    await ready();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

describe('Arabic interface', () => {
  it('is right-to-left with Arabic labels, and names isolated from the surrounding text', async () => {
    renderApp({ lang: 'ar' });
    await ready();
    const main = document.querySelector('main')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(main.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('من قال ماذا');
    expect(document.querySelector('[data-quote="q2"] .kind')?.textContent).toBe('منقول حرفيًا');
    expect(document.querySelector('.group-head bdi')?.textContent).toBe('سامي الخطيب');
    expect(document.querySelector('.site')?.tagName).toBe('BDI');
    expect(screen.getAllByRole('button', { name: 'أظهِر في الصفحة' })).toHaveLength(4);
  });
});
