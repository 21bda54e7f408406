// Full names for effective leaders that REIGN and Archigos give by surname
// only and that the Wikidata sets lack (they have no United States rows).
// Keyed "ISO3|name as in the data set".
export const LEADER_FULL_NAMES: Record<string, string> = {
  'USA|Truman': 'Harry S. Truman',
  'USA|Eisenhower': 'Dwight D. Eisenhower',
  'USA|Kennedy': 'John F. Kennedy',
  'USA|Johnson': 'Lyndon B. Johnson',
  'USA|Nixon': 'Richard Nixon',
  'USA|Ford': 'Gerald Ford',
  'USA|Carter': 'Jimmy Carter',
  'USA|Reagan': 'Ronald Reagan',
  'USA|Bush': 'George H. W. Bush',
  'USA|G.H.W. Bush': 'George H. W. Bush',
  'USA|Clinton': 'Bill Clinton',
  'USA|G.W. Bush': 'George W. Bush',
  'USA|Obama': 'Barack Obama',
  'USA|Trump': 'Donald Trump',
  'USA|Biden': 'Joe Biden',
  'DEU|Merkel': 'Angela Merkel',
  'DEU|Schroeder': 'Gerhard Schröder',
  'DEU|Kohl': 'Helmut Kohl',
  'GBR|Blair': 'Tony Blair',
  'GBR|Brown': 'Gordon Brown',
  'GBR|Cameron': 'David Cameron',
  'FRA|Sarkozy': 'Nicolas Sarkozy',
  'FRA|Hollande': 'François Hollande',
  'FRA|Chirac': 'Jacques Chirac',
};
