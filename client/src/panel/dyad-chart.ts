import { quadColours, quadLabels } from '../graph/palette.ts';
import type { Quad } from '../graph/types.ts';

export interface ChartBin {
  label: string;
  counts: [number, number, number, number];
}

/** Monthly counts by quad class into bins: years when the months span more than three years, else months. */
export function chartBins(months: { month: string; quad: number; count: number }[]): ChartBin[] {
  const sorted = months
    .filter((m) => typeof m.month === 'string' && /^\d{4}-\d{2}/.test(m.month))
    .sort((a, b) => a.month.localeCompare(b.month));
  if (sorted.length === 0) return [];
  const firstYear = Number(sorted[0]!.month.slice(0, 4));
  const lastYear = Number(sorted.at(-1)!.month.slice(0, 4));
  const byYear = lastYear - firstYear > 3;
  const bins = new Map<string, ChartBin>();
  const keys: string[] = [];
  if (byYear) for (let y = firstYear; y <= lastYear; y++) keys.push(String(y));
  else {
    for (let y = firstYear; y <= lastYear; y++)
      for (let m = 1; m <= 12; m++) keys.push(`${y}-${String(m).padStart(2, '0')}`);
    const from = sorted[0]!.month;
    const to = sorted.at(-1)!.month;
    keys.splice(0, keys.length, ...keys.filter((k) => k >= from && k <= to));
  }
  for (const k of keys) bins.set(k, { label: k, counts: [0, 0, 0, 0] });
  for (const m of sorted) {
    const bin = bins.get(byYear ? m.month.slice(0, 4) : m.month);
    if (bin && m.quad >= 1 && m.quad <= 4)
      bin.counts[m.quad - 1] = (bin.counts[m.quad - 1] ?? 0) + (Number(m.count) || 0);
  }
  return [...bins.values()];
}

const svg = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
};

/** Stacked bars of events by quad class over time, with a time axis and the count scale. */
export function dyadChart(bins: ChartBin[]): SVGSVGElement {
  const width = 340;
  const height = 130;
  const left = 30;
  const bottom = 18;
  const plotH = height - bottom - 8;
  const max = Math.max(1, ...bins.map((b) => b.counts.reduce((s, c) => s + c, 0)));
  const step = (width - left - 4) / Math.max(1, bins.length);
  const total = bins.reduce((s, b) => s + b.counts.reduce((x, c) => x + c, 0), 0);
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart',
    id: 'dyad-chart',
    role: 'img',
    'aria-label': `${total} events from ${bins[0]?.label ?? '?'} to ${bins.at(-1)?.label ?? '?'}, at most ${max} in one period`,
  });
  chart.append(
    svg('line', { x1: left, y1: 8, x2: left, y2: 8 + plotH, stroke: '#c4cad2' }),
    svg('line', { x1: left, y1: 8 + plotH, x2: width - 4, y2: 8 + plotH, stroke: '#c4cad2' }),
    svg('text', { x: left - 4, y: 12, 'text-anchor': 'end' }, String(max)),
    svg('text', { x: left - 4, y: 8 + plotH, 'text-anchor': 'end' }, '0'),
  );
  const every = Math.max(1, Math.ceil(bins.length / 6));
  bins.forEach((b, i) => {
    let y = 8 + plotH;
    b.counts.forEach((c, q) => {
      if (c === 0) return;
      const h = (c / max) * plotH;
      y -= h;
      const rect = svg('rect', {
        x: left + i * step + 0.5,
        y,
        width: Math.max(1, step - 1),
        height: h,
        fill: quadColours[(q + 1) as Quad],
      });
      rect.append(svg('title', {}, `${b.label}: ${c} ${quadLabels[(q + 1) as Quad].toLowerCase()}`));
      chart.append(rect);
    });
    if (i % every === 0)
      chart.append(
        svg('text', { x: left + i * step + step / 2, y: height - 4, 'text-anchor': 'middle', class: 'tick' }, b.label),
      );
  });
  return chart;
}
