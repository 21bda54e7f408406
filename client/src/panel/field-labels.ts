/** Readable names for the properties the API returns; anything else is split from camelCase. */
const labels: Record<string, string> = {
  cow: 'COW code',
  iso2: 'ISO 3166 two-letter code',
  code: 'ISO 3166 three-letter code',
  numeric: 'ISO numeric code',
  unMember: 'UN member',
  unObserver: 'UN observer',
  lat: 'Latitude',
  lon: 'Longitude',
  official: 'Official name',
  subregion: 'Subregion',
  goldsteinMean: 'Mean Goldstein score',
  quad1: 'Verbal cooperation events',
  quad2: 'Material cooperation events',
  quad3: 'Verbal conflict events',
  quad4: 'Material conflict events',
  count: 'Events',
  first: 'First event',
  last: 'Last event',
  cameo: 'CAMEO code',
  dob: 'Born',
  dod: 'Died',
  wikidata: 'Wikidata item',
  source: 'Source',
  degree: 'Neighbours',
  kind: 'Kind',
};

export function fieldLabel(key: string): string {
  const known = labels[key];
  if (known) return known;
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A property value in words: yes and no for flags, lists joined. */
export function fieldValue(v: unknown): string {
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (Array.isArray(v)) return v.join(', ');
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

/** "1 event", "2 events". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
