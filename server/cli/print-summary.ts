import type { Summary } from '../ingest/write-world.ts';

export function formatSummary(summary: Summary): string {
  const rows = Object.entries(summary).map(([kind, c]) => [kind, c.rows, c.created, c.updated, c.rejected].map(String));
  const head = ['kind', 'rows', 'created', 'updated', 'rejected'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
