import { describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { referenceGazetteer } from '../support.ts';

const people = async (text: string, date: string) =>
  extractDocument({ text, date }, await referenceGazetteer())
    .entities.filter((e) => e.kind === 'Leader')
    .map((e) => e.key);

describe('a person named in a spelling or by a name the data sets do not give', () => {
  it('is found when umlauts are written out', async () => {
    expect(await people('Chancellor Schroeder met the press.', '2001-06-01')).toEqual(['gerhard-schroder']);
    expect(await people('Gerhard Schroeder met the press.', '2001-06-01')).toEqual(['gerhard-schroder']);
  });

  it('is found by a surname alone in another transliteration, but not inside another name', async () => {
    expect(await people('Zelenskiy says he will not resign.', '2022-03-05')).toEqual(['volodymyr-zelenskyy']);
    expect(await people('President Zelensky says he will not resign.', '2022-03-05')).toEqual(['volodymyr-zelenskyy']);
    expect(await people('The army says it has killed Abu Jafaar, a commander.', '2006-07-25')).toEqual([]);
  });

  it('is found by the name news knows them by: a kunya, a nickname, an acronym', async () => {
    expect(await people('Abu Mazen, the Palestinian president, is invited to the summit.', '2005-02-02')).toEqual([
      'mahmoud-abbas',
    ]);
    expect(await people('Jokowi says no.', '2016-02-02')).toEqual(['joko-widodo']);
    expect(await people('AMLO says no.', '2020-02-02')).toEqual(['andres-manuel-lopez-obrador']);
  });

  it('is found by the full name of a leader that the effective-leader sets give by surname only', async () => {
    expect(await people('The regime of Muammar Gaddafi expels a diplomat.', '2011-05-05')).toEqual(['muammar-gaddafi']);
    expect(await people('The court upholds the conviction of Hissène Habré.', '2017-04-27')).toEqual(['hissene-habre']);
  });

  it('is found by the given name for Thai and Malay leaders', async () => {
    expect(await people('Thaksin says he will not resign.', '2006-01-05')).toEqual(['thaksin-shinawatra']);
    expect(await people('Mahathir says he will not resign.', '2019-01-05')).toEqual(['mahathir-mohamad']);
  });

  it('is one person when two data sets give them a short and a full first name', async () => {
    // Wikidata's "Mike Pompeo" and the State Department's "Michael R. Pompeo": one person, so a surname is enough
    expect(await people('The UAE cancels a planned meeting with Pompeo.', '2020-08-24')).toEqual(['mike-pompeo']);
  });

  it('is not found in a capitalised word that is also a surname', async () => {
    expect(await people('An American Christian missionary is killed.', '2018-11-21')).toEqual([]);
  });
});
