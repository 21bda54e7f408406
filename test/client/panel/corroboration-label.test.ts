import { describe, expect, test } from '@jest/globals';
import { corroborationLabel } from '../../../client/src/panel/corroboration-label.ts';

describe('the corroboration line of the evidence panel', () => {
  test('names outlets, extra reports and party state media', () => {
    expect(corroborationLabel({ reports: 3, publishers: 2, stateMediaPublishers: 1, independentPublishers: 1 })).toBe(
      'Corroborated by 2 outlets, 3 reports, 1 of them state media of a party',
    );
    expect(corroborationLabel({ reports: 1, publishers: 1, stateMediaPublishers: 0 })).toBe('Corroborated by 1 outlet');
  });

  test('says nothing without counts', () => {
    expect(corroborationLabel(undefined)).toBeNull();
    expect(corroborationLabel({ reports: '2' })).toBeNull();
  });
});
