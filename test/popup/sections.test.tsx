// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { PAGE, SENTENCES, TEXT, at } from './fixture.js';
import { renderApp } from './render.js';

afterEach(cleanup);

const ready = async () => waitFor(() => expect(document.querySelector('main[data-state="ready"]')).not.toBeNull());

describe('header', () => {
  it('shows the title, the site, the verdict and the counts', async () => {
    const { onReady } = renderApp();
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(PAGE.title);
    expect(document.querySelector('.site')?.textContent).toBe('news.example.org');
    expect(document.querySelector('.verdict')?.textContent).toBe('Arabic news article');
    const counts = Object.fromEntries(
      Array.from(document.querySelectorAll('.counts li')).map((li) => [li.getAttribute('data-count'), li.querySelector('b')?.textContent]),
    );
    expect(counts).toEqual({ quotes: '4', speakers: '3', places: '2', people: '1', organizations: '1', numbers: '4' });
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});

describe('who said what', () => {
  it('groups quotes by speaker entity, with anonymous sources and documents as their own groups', async () => {
    renderApp();
    await ready();
    const groups = Array.from(document.querySelectorAll('#quotes section.group'));
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['entity:e1', 'anonymous', 'document']);
    const first = within(groups[0] as HTMLElement);
    expect(first.getByText('سامي الخطيب')).toBeTruthy();
    expect(first.getByText('Person')).toBeTruthy();
    expect(first.getByText('وزير الصحة')).toBeTruthy();
    expect(groups[1].querySelector('h3')?.textContent).toContain('Anonymous sources');
    expect(groups[2].querySelector('h3')?.textContent).toContain('Documents and reports');
    // One <li> per quote, in article order inside the group.
    expect(Array.from(document.querySelectorAll('#quotes li')).map((li) => li.getAttribute('data-quote'))).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('shows each quote with its badge, cue, content and source sentence', async () => {
    renderApp();
    await ready();
    const q2 = document.querySelector('[data-quote="q2"]') as HTMLElement;
    expect(q2.querySelector('.badge')?.textContent).toBe('Direct');
    expect(q2.querySelector('.cue bdi')?.textContent).toBe('وقال');
    expect(q2.querySelector('blockquote')?.textContent).toBe('سنفتح جناحا جديدا خلال أسبوعين');
    const sentence = q2.querySelector('details.source .sentence')!;
    expect(sentence.textContent).toBe(TEXT.slice(SENTENCES[1].start, SENTENCES[1].end));
    expect(sentence.querySelector('mark')?.textContent).toBe('سنفتح جناحا جديدا خلال أسبوعين');
    expect(document.querySelector('[data-quote="q1"] .badge')?.textContent).toBe('Indirect');
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
    expect(name).toMatch(/^isnad-news\.example\.org-\d{4}-\d{2}-\d{2}\.md$/);
    expect(mime).toMatch(/markdown/);
    expect(md).toContain('## Sources');
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const json = (actions.download.mock.calls[1] as unknown as [string, string, string])[2];
    expect(JSON.parse(json).quotes).toHaveLength(4);
    fireEvent.change(select, { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(actions.copyText).toHaveBeenCalled());
    expect((actions.copyText.mock.calls[0] as unknown as [string])[0]).toMatch(/^\uFEFFfact,id,kind/);
  });
});

describe('highlighting switch', () => {
  it('shows the site’s setting and switches it', async () => {
    const { actions } = renderApp({ highlighting: { site: 'news.example.org', on: true } });
    await ready();
    const box = (await screen.findByRole('checkbox', { name: /Highlight names on this site/ })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Names are no longer highlighted on this site.'));
    expect(actions.siteHighlighting).toHaveBeenLastCalledWith(false);
    expect(box.checked).toBe(false);
  });

  it('is absent where the worker offers no switch', async () => {
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
    expect(document.querySelector('[data-quote="q2"] .badge')?.textContent).toBe('مباشر');
    expect(document.querySelector('.group-head bdi')?.textContent).toBe('سامي الخطيب');
    expect(document.querySelector('.site')?.tagName).toBe('BDI');
    expect(screen.getAllByRole('button', { name: 'أظهِر في الصفحة' })).toHaveLength(4);
  });
});
