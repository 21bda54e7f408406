/**
 * The page's keys: Escape closes the open drawer, then clears the selection; `/` focuses the search unless the user
 * is typing in a field.
 */
export function mountKeyboard(keys: { closeDrawer(): boolean; clearSelection(): void; focusSearch(): void }): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      if (!keys.closeDrawer()) keys.clearSelection();
    } else if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      keys.focusSearch();
    }
  });
}
