import type { PipelineOutput } from '../graph/pipeline.ts';
import { groupDigits } from './group-digits.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/**
 * What is drawn of how much: "212 of 250 nodes · 1,500 of 4,822 relations drawn · 38 unconnected states left out",
 * then the period and the corroboration threshold when they are set.
 */
export function statusText(
  o: Pick<PipelineOutput, 'visual' | 'filtered' | 'unconnected' | 'droppedEdges' | 'droppedNodes'>,
  period: { since: string | null; until: string | null; minOutlets?: number },
): string {
  const nodes =
    o.visual.nodes.length === o.filtered.nodes.length
      ? plural(o.visual.nodes.length, 'node')
      : `${groupDigits(o.visual.nodes.length)} of ${plural(o.filtered.nodes.length, 'node')}`;
  const edges = `${groupDigits(o.visual.edges.length)} of ${plural(o.filtered.edges.length, 'relation')} drawn`;
  const parts = [nodes, edges];
  if (o.unconnected > 0) parts.push(`${plural(o.unconnected, 'unconnected node')} left out`);
  if (o.droppedEdges > 0) parts.push('zoom in for more');
  if (period.since || period.until) parts.push(`${period.since ?? '…'} to ${period.until ?? '…'}`);
  if (period.minOutlets) parts.push(`corroborated by ${plural(period.minOutlets, 'independent outlet')} or more`);
  return parts.join(' · ');
}
