/**
 * ARIA tabs (tablist / tab / tabpanel): arrow keys move between tabs (mirrored in right-to-left),
 * Home/End jump, only the selected tab is in the Tab order.
 */
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n.js';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
  count: number;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

export function Tabs<Id extends string>({ tabs, active, onSelect, label }: { tabs: TabDef<Id>[]; active: Id; onSelect(id: Id): void; label: string }) {
  const { dir, num } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const next = tabs[(to + tabs.length) % tabs.length];
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) move(i + 1);
    else if (e.key === back) move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(tabs.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === active}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label} <span class="count">{num(t.count)}</span>
        </button>
      ))}
    </div>
  );
}
