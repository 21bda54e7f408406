import { describe, expect, it } from '@jest/globals';
import { coder } from './support.ts';

const coded = coder('2022-03-01');

describe('rules added for unseen statements', () => {
  it('reads "discussed … with X" as consultation both ways', () => {
    expect(coded('Japan discussed the climate crisis with Canada.')).toEqual(['CAN 04 JPN', 'JPN 04 CAN']);
  });
  it('reads coordinated subjects that discussed something as consulting each other', () => {
    expect(coded('Canada and Japan discussed the climate crisis.')).toEqual(['CAN 04 JPN', 'JPN 04 CAN']);
  });
  it('takes what is discussed as a topic, not a partner', () => {
    expect(coded('Canada spoke with Japan to discuss Russia.')).toEqual(['CAN 04 JPN', 'JPN 04 CAN']);
  });
  it('lets "we, the leaders of X" make X the "we" of what follows', () => {
    expect(coded('We, the leaders of the G7, condemn Russia. We urge Russia to stop the war.', 'Joe Biden')).toEqual(
      expect.arrayContaining(['G7 02 RUS', 'G7 11 RUS']),
    );
    expect(coded('We, the leaders of the G7, condemn Russia.', 'Joe Biden')).not.toContain('USA 11 RUS');
  });
  it('does not make co-actors reject or condemn each other', () => {
    expect(coded('Canada and Japan met in Ottawa. Both countries reject extremism and condemned hate speech.')).toEqual(
      ['CAN 04 JPN', 'JPN 04 CAN'],
    );
  });
  it('still lets a rejection answer the other side of talks', () => {
    expect(coded('Canada and Japan met in Ottawa. Japan rejected the proposal.')).toContain('JPN 12 CAN');
  });
  it('reads a welcome to the Oval Office as a hosted visit', () => {
    expect(coded('I welcomed Prime Minister Kishida to the Oval Office.', 'Joe Biden')).toEqual(
      expect.arrayContaining(['JPN 04 USA', 'USA 04 JPN']),
    );
  });
});
