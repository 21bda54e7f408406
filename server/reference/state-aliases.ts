// Common English names that world-countries' altSpellings lack, as used in
// news and in ICEWS. Keyed by ISO alpha-3.
export const EXTRA_STATE_ALIASES: Record<string, string[]> = {
  PRK: ['DPRK', 'North Korea', "Democratic People's Republic of Korea", 'D.P.R.K.', 'Korea, North', 'NK'],
  KOR: ['South Korea', 'ROK', 'Republic of Korea', 'Korea, South'],
  RUS: ['Russia', 'Russian Federation'],
  USA: ['United States', 'USA', 'US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['Britain', 'UK', 'U.K.', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  TWN: ['Republic of China', 'ROC', 'Chinese Taipei'],
  IRN: ['Islamic Republic of Iran', 'Persia'],
  SYR: ['Syrian Arab Republic'],
  VNM: ['Viet Nam'],
  LAO: ['Lao PDR', "Lao People's Democratic Republic"],
  COD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  COG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CIV: ["Cote d'Ivoire", 'Ivory Coast'],
  MMR: ['Burma'],
  CZE: ['Czech Republic', 'Czechia'],
  MKD: ['Macedonia', 'FYROM'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor', 'Timor Leste'],
  VAT: ['Holy See', 'Vatican'],
  PSE: ['Palestine', 'Palestinian Territories', 'Occupied Palestinian Territory', 'Palestinian Territory, Occupied'],
  ARE: ['UAE', 'Emirates'],
  TUR: ['Türkiye', 'Turkiye'],
  NLD: ['Holland'],
  UNK: ['Kosovo'],
};

/** UN observers (non-member states with a permanent observer mission). */
export const UN_OBSERVERS = new Set(['VAT', 'PSE']);
