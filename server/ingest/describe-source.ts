/** Titles, links and licences of the data sets StateGraph ships; see data/README.md. */
const DATASETS: Record<string, { title: string; licence: string; url?: string }> = {
  reign: {
    title: 'REIGN leader list, March 2021 (OEF Research)',
    licence: 'MIT',
    url: 'https://oefdatascience.github.io/REIGN.github.io/',
  },
  archigos: { title: 'Archigos 4.1 (Goemans, Gleditsch, Chiozza)', licence: 'free to use with citation' },
  wikidata: {
    title: 'Wikidata (heads of state and government 2024-10)',
    licence: 'CC0-1.0',
    url: 'https://www.wikidata.org/',
  },
  peppercat: {
    title: "Peppercat's arrangement of Wikidata office holders (data/noncommercial)",
    licence: 'CC-BY-NC-4.0',
    url: 'https://github.com/peppercatorg/site-build',
  },
  officials: { title: 'StateGraph officials tables (each row names its source)', licence: 'CC0-1.0 / row-sourced' },
  pocom: {
    title: 'US Office of the Historian, Principal Officers and Chiefs of Mission',
    licence: 'CC0-1.0',
    url: 'https://github.com/HistoryAtState/pocom',
  },
  phoenix: {
    title: 'Phoenix actor dictionaries (openeventdata/petrarch2)',
    licence: 'MIT',
    url: 'https://github.com/openeventdata/petrarch2',
  },
  npm: { title: 'npm package', licence: 'ODbL-1.0 (world-countries)', url: 'https://github.com/mledoze/countries' },
  opensanctions: { title: 'OpenSanctions programmes', licence: 'MIT', url: 'https://www.opensanctions.org/programs/' },
  icews: {
    title: 'ICEWS coded events (mniepert/mmkb extract)',
    licence: 'BSD-3-Clause',
    url: 'https://doi.org/10.7910/DVN/28075',
  },
  stategraph: { title: 'StateGraph reference tables', licence: 'MIT' },
};

export function describeSource(key: string): Record<string, unknown> {
  const [family, rest] = key.split(':', 2) as [string, string | undefined];
  if (family === 'doc') return { kind: 'document' };
  if (family === 'user') return { kind: 'user-file', title: rest ?? key };
  const d = DATASETS[family];
  return {
    kind: 'dataset',
    title: d ? (rest ? `${d.title}: ${rest}` : d.title) : key,
    licence: d?.licence,
    url: d?.url,
  };
}
