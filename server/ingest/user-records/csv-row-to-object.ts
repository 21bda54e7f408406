// A CSV row -> the same object shape a JSON line has, so one schema checks
// both. Lists are ";"-separated, actor references "Kind:key", a leader row's
// state/role/title/start/end columns are one LEADS span.
const LISTS = new Set(['aliases', 'demonyms', 'targets', 'measures', 'quotes']);
const ACTORS = new Set(['sender', 'recipient', 'issuer', 'actor', 'target']);
const NUMBERS = new Set(['lat', 'lon', 'birthYear', 'year']);
const BOOLEANS = new Set(['unMember', 'unObserver']);
const SPAN = ['state', 'role', 'title', 'start', 'end'];

function actor(v: string): unknown {
  const i = v.indexOf(':');
  return i < 0 ? v : { kind: v.slice(0, i).trim(), key: v.slice(i + 1).trim() };
}

export function csvRowToObject(header: string[], fields: string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  header.forEach((h, k) => {
    const v = (fields[k] ?? '').trim();
    if (!h || v === '') return;
    if (LISTS.has(h))
      o[h] = v
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (h === 'reportedBy') o[h] = v.split(';').map((s) => actor(s.trim()));
    else if (ACTORS.has(h)) o[h] = actor(v);
    else if (NUMBERS.has(h)) o[h] = Number.isFinite(Number(v)) ? Number(v) : v;
    else if (BOOLEANS.has(h)) o[h] = v === 'true' ? true : v === 'false' ? false : v;
    else o[h] = v;
  });
  if (o['type'] === 'leader') {
    const span: Record<string, unknown> = {};
    for (const f of SPAN)
      if (f in o) {
        span[f] = o[f];
        delete o[f];
      }
    o['leads'] = Object.keys(span).length ? [span] : [];
  }
  return o;
}
