/**
 * Arrow keys between the items of a panel (Up/Down, Home/End), on top of the usual Tab order, so
 * a long list is quick to walk with the keyboard. Items mark themselves with `data-nav`.
 */
export function onListKeyDown(e: KeyboardEvent): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const target = e.target as HTMLElement | null;
  if (!target || target.closest('select, input, textarea')) return;
  const current = target.closest<HTMLElement>('[data-nav]');
  const panel = e.currentTarget as HTMLElement | null;
  if (!current || !panel) return;
  const items = Array.from(panel.querySelectorAll<HTMLElement>('[data-nav]'));
  const i = items.indexOf(current);
  if (i < 0) return;
  let next = i;
  if (e.key === 'ArrowDown') next = Math.min(items.length - 1, i + 1);
  else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
  else if (e.key === 'Home') next = 0;
  else next = items.length - 1;
  e.preventDefault();
  items[next].focus();
}
