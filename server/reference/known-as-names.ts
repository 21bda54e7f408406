// Names news knows a leader by that no data set gives: a kunya ("Abu Mazen"), a nickname or an acronym ("Lula",
// "Jokowi", "AMLO", "MBS"), another transliteration of a given name ("Aikaterini Sakellaropoulou"). Keyed
// "ISO3|name as a data set spells it", like leader-full-names.ts; every row of that name gets the other names.
export const KNOWN_AS: Readonly<Record<string, readonly string[]>> = {
  'PSE|Mahmoud Abbas': ['Abu Mazen'],
  'PSE|Yasser Arafat': ['Abu Ammar'],
  'BRA|Luiz Inácio Lula da Silva': ['Lula'],
  'IDN|Joko Widodo': ['Jokowi'],
  'MEX|Andrés Manuel López Obrador': ['AMLO'],
  'SAU|Mohammed bin Salman': ['MBS', 'Mohammed bin Salman Al Saud'],
  'ARE|Mohammed Bin Zayed Al Nahyan': ['MBZ'],
  'GRC|Katerina Sakellaropoulou': ['Aikaterini Sakellaropoulou'],
  'PHL|Bongbong Marcos': ['Ferdinand Marcos Jr.', 'Ferdinand Romualdez Marcos Jr.'],
  'MMR|Aung San Suu Kyi': ['Suu Kyi'],
  'LBY|Qaddafi': ['Gaddafi', 'Muammar al-Gaddafi', 'Muammar Qaddafi', 'Moammar Gadhafi', 'Gadhafi'],
};
