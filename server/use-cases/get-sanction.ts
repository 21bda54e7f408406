import type { Database } from '../neo4j/database.ts';
import { getSanction as find } from '../repositories/sanctions-repository.ts';
import { notFound } from './app-error.ts';
import { publicProperties } from './graph-keys.ts';
import { plainProperties } from '../neo4j/plain-value.ts';

export async function getSanction(db: Database, key: string) {
  const row = await find(db, key);
  if (!row) throw notFound(`sanction with key "${key}"`);
  const { sanction, ...links } = row;
  links.amendedBy.sort(
    (a, b) => Number(a.year ?? 0) - Number(b.year ?? 0) || String(a.key).localeCompare(String(b.key)),
  );
  return { sanction: publicProperties(plainProperties(sanction.properties)), ...links };
}
