/** "2 outlets, 1 of them state media of a party" from an event's corroboration counts; null when there are none. */
export function corroborationLabel(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as { reports?: unknown; publishers?: unknown; stateMediaPublishers?: unknown };
  if (typeof c.publishers !== 'number' || typeof c.reports !== 'number') return null;
  const outlets = `${c.publishers} outlet${c.publishers === 1 ? '' : 's'}`;
  const reports = c.reports !== c.publishers ? `, ${c.reports} reports` : '';
  const party =
    typeof c.stateMediaPublishers === 'number' && c.stateMediaPublishers > 0
      ? `, ${c.stateMediaPublishers} of them state media of a party`
      : '';
  return `Corroborated by ${outlets}${reports}${party}`;
}
