import { publicProperties, type PlainNode } from '../neo4j/plain-value.ts';

export { publicProperties };

// Property values are plain JSON here: strings stay as they are, numbers and flags read as JSON writes them.
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The key a node has in every graph the API returns: its uid for actors, "<Label>:<id or key>" otherwise. */
export function nodeKey(n: PlainNode): string {
  const p = n.properties;
  if (typeof p.uid === 'string') return p.uid;
  const label = n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node';
  const id = p.id ?? p.key ?? p.code;
  return id === undefined || id === null ? n.elementId : `${label}:${text(id)}`;
}

/** Node attributes for the web page: a display label and a kind, then the public properties. */
export function nodeAttributes(n: PlainNode): Record<string, unknown> {
  const p = publicProperties(n.properties);
  const kind = n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node';
  const label = p.name ?? p.title ?? p.label ?? p.kind ?? p.id ?? p.key ?? kind;
  return { ...p, label: text(label), kind, labels: n.labels };
}
