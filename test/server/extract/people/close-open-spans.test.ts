import { describe, expect, it } from '@jest/globals';
import { closeOpenSpans } from '../../../../server/extract/people/close-open-spans.ts';
import type { OfficeSpan } from '../../../../server/extract/people/office-span.ts';

const envoy = (key: string, postedTo: string, start: string, end: string | null = null): OfficeSpan => ({
  key,
  name: key,
  aliases: [],
  holderKind: 'State',
  holder: 'USA',
  role: 'envoy',
  portfolio: null,
  postedTo,
  office: 'Ambassador',
  start,
  end,
});

describe('open office spans', () => {
  it('end an open posting where the next person takes it (also one who returns), and leave other postings and closed spans alone', () => {
    const spans = [
      envoy('a', 'ISR', '2017-05-16'),
      envoy('b', 'ISR', '2021-12-05'),
      envoy('c', 'ESP', '2018-01-01'),
      envoy('d', 'FRA', '2010-01-01', '2012-01-01'),
      envoy('a', 'ISR', '2022-01-01'),
    ];
    expect(closeOpenSpans(spans).map((s) => `${s.key} ${s.postedTo} ${s.end}`)).toEqual([
      'a ISR 2021-12-05',
      'b ISR 2022-01-01',
      'c ESP null',
      'd FRA 2012-01-01',
      'a ISR null',
    ]);
  });

  it('leaves offices several people hold at once (deputies, ministers without a portfolio) open', () => {
    const deputy = { ...envoy('x', 'ISR', '2010-01-01'), role: 'deputy' as const, postedTo: null };
    const other = { ...deputy, key: 'y', start: '2012-01-01' };
    expect(closeOpenSpans([deputy, other]).map((s) => s.end)).toEqual([null, null]);
  });
});
