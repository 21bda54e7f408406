import { describe, expect, it } from '@jest/globals';
import { buildGazetteer } from '../../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../../server/extract/load-gazetteer-sources.ts';
import type { OfficeSpan } from '../../../../server/extract/people/office-span.ts';
import { officeSpan } from '../../../support/office-span.ts';
import type { LeaderSpan } from '../../../../server/extract/types.ts';

// A small world of our own: two NATO heads, a Norwegian premier who became one, a Russian defence minister.
const OFFICES: OfficeSpan[] = [
  officeSpan({
    key: 'jens-stoltenberg',
    name: 'Jens Stoltenberg',
    holderKind: 'Organization',
    holder: 'NATO',
    role: 'head_of_body',
    office: 'Secretary General of NATO',
    start: '2014-10-01',
    end: '2024-10-01',
  }),
  officeSpan({
    key: 'mark-rutte',
    name: 'Mark Rutte',
    holderKind: 'Organization',
    holder: 'NATO',
    role: 'head_of_body',
    office: 'Secretary General of NATO',
    start: '2024-10-01',
  }),
  officeSpan({
    key: 'sergei-shoigu',
    name: 'Sergei Shoigu',
    aliases: ['Sergey Shoygu'],
    holder: 'RUS',
    role: 'minister',
    portfolio: 'defence',
    office: 'Minister of Defence',
    start: '2012-11-06',
    end: '2024-05-12',
  }),
];
const LEADERS: LeaderSpan[] = [
  {
    key: 'jens-stoltenberg',
    name: 'Jens Stoltenberg',
    aliases: [],
    state: 'NOR',
    role: 'head_of_government',
    title: 'Prime Minister',
    start: '2005-10-17',
    end: '2013-10-16',
  },
];
const gaz = buildGazetteer({ ...loadGazetteerSources(LEADERS), offices: OFFICES });
const read = (text: string, date: string) => {
  const x = extractDocument({ text, date }, gaz);
  return {
    people: x.entities.filter((e) => e.kind === 'Leader').map((e) => e.key),
    relations: x.relations.map((r) => `${r.source.key} ${r.root} ${r.target.key}`),
    unresolved: x.warnings.filter((w) => w.code === 'unresolved_person').length,
  };
};

describe('titles and names of officials', () => {
  it('has a body official act for the body while in its office, and for their state before', () => {
    expect(read('Jens Stoltenberg criticised Russia.', '2019-04-04').relations).toEqual(['NATO 11 RUS']);
    expect(read('Jens Stoltenberg criticised Russia.', '2010-04-04').relations).toEqual(['NOR 11 RUS']);
  });

  it('reads "NATO chief" as the holder of that day', () => {
    expect(read('NATO chief warned Russia.', '2019-04-04').people).toEqual(['jens-stoltenberg']);
    expect(read('NATO chief warned Russia.', '2025-01-15').people).toEqual(['mark-rutte']);
  });

  it('reads "the Russian defence minister" and a later bare surname as the minister', () => {
    const r = read('The Russian defence minister threatened Ukraine. Shoigu also criticised Poland.', '2019-06-01');
    expect(r.people).toEqual(['sergei-shoigu']);
    expect(r.relations).toEqual(['RUS 13 UKR', 'RUS 11 POL']);
  });

  it('reports a title no one held that day and lets the state act, never naming someone else', () => {
    const r = read('The Russian defence minister threatened Ukraine.', '2010-06-01');
    expect(r.people).toEqual([]);
    expect(r.unresolved).toBe(1);
    expect(r.relations).toEqual(['RUS 13 UKR']);
  });

  it('leaves a name right after the title to speak for itself', () => {
    expect(read('NATO chief Mark Rutte warned Russia.', '2019-04-04').people).toEqual(['mark-rutte']);
  });
});
