// UN Security Council resolutions that establish or amend the sanctions
// regimes listed by OpenSanctions (summaries in our own words). The founding
// resolution of a regime is the regime itself (UN-SC1718) and is not repeated.
// [number, year, regime key, targets (default: the regime's), summary]
export type ResolutionRow = [number, number, string, string[] | undefined, string];

export const SANCTION_RESOLUTIONS: ResolutionRow[] = [
  [
    1874,
    2009,
    'UN-SC1718',
    undefined,
    'Widens the North Korea arms embargo and cargo inspections after the second nuclear test.',
  ],
  [2087, 2013, 'UN-SC1718', undefined, 'Adds designations after a North Korean satellite launch.'],
  [2094, 2013, 'UN-SC1718', undefined, 'Adds financial and travel measures after the third nuclear test.'],
  [2270, 2016, 'UN-SC1718', undefined, 'Broad trade, financial and shipping measures after the fourth nuclear test.'],
  [2321, 2016, 'UN-SC1718', undefined, 'Caps North Korean coal exports and bans further commodities.'],
  [2371, 2017, 'UN-SC1718', undefined, 'Bans North Korean exports of coal, iron, lead and seafood.'],
  [2375, 2017, 'UN-SC1718', undefined, 'Caps refined petroleum imports and bans textile exports.'],
  [2397, 2017, 'UN-SC1718', undefined, 'Cuts refined petroleum caps further and orders workers abroad home.'],
  [1747, 2007, 'UN-SC1737', undefined, 'Adds an Iranian arms export ban and designations.'],
  [1803, 2008, 'UN-SC1737', undefined, 'Extends travel bans and inspections for Iran.'],
  [1929, 2010, 'UN-SC1737', undefined, 'Widens the Iran arms embargo and financial measures.'],
  [1973, 2011, 'UN-SC1970', undefined, 'Authorises a no-fly zone over Libya and tightens the asset freeze.'],
];
