import { api } from '../api/client.ts';
import { asText } from '../api/json.ts';
import type { GraphJson } from '../graph/types.ts';

/**
 * A typed name as an entity key: a node of the dataset by label or key, else the search's best hit, else as typed.
 * Names the search gives are kept in `labels`, so a path over nodes not drawn yet can still be labelled.
 */
export async function resolveEntity(
  text: string,
  nodes: GraphJson['nodes'],
  labels: Map<string, string>,
): Promise<string> {
  const t = text.trim();
  const lower = t.toLowerCase();
  const hit = nodes.find(
    (n) => (asText(n.attributes.label) ?? '').toLowerCase() === lower || n.key.toLowerCase() === lower,
  );
  if (hit) return hit.key;
  const found = (await api.search(t).catch(() => ({ items: [] }))).items[0];
  if (found) labels.set(found.uid, found.name);
  return found?.uid ?? t;
}

/** Adds the search's hits for what is typed to a path end's list of suggestions. */
export async function suggestNames(
  text: string,
  list: HTMLDataListElement,
  labels: Map<string, string>,
): Promise<void> {
  if (text.trim().length < 2) return;
  const hits = (await api.search(text).catch(() => ({ items: [] }))).items;
  const have = new Set([...list.options].map((o) => o.value));
  for (const h of hits) {
    labels.set(h.uid, h.name);
    if (!have.has(h.name)) list.append(new Option(h.name, h.name));
  }
}
