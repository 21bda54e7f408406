import { describe, expect, it } from '@jest/globals';
import { buildGazetteer } from '../../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../../server/extract/load-gazetteer-sources.ts';
import type { OfficeSpan } from '../../../../server/extract/people/office-span.ts';
import { officeSpan } from '../../../support/office-span.ts';
import type { LeaderSpan } from '../../../../server/extract/types.ts';

// A small world of our own: two Israeli premiers, two British foreign secretaries, American envoys.
const lead = (key: string, name: string, state: string, role: LeaderSpan['role'], start: string, end: string | null) =>
  ({ key, name, aliases: [], state, role, title: '', start, end }) as LeaderSpan;
const LEADERS: LeaderSpan[] = [
  lead('ehud-olmert', 'Ehud Olmert', 'ISR', 'head_of_government', '2006-04-14', '2009-03-31'),
  lead('benjamin-netanyahu', 'Benjamin Netanyahu', 'ISR', 'head_of_government', '2009-03-31', '2021-06-13'),
  lead('david-miliband', 'David Miliband', 'GBR', 'foreign_minister', '2007-06-28', '2010-05-11'),
  lead('ivan-lewis', 'Ivan Lewis', 'GBR', 'foreign_minister', '2009-06-08', '2010-05-11'),
];
const OFFICES: OfficeSpan[] = [
  officeSpan({ key: 'daniel-shapiro', name: 'Daniel Shapiro', holder: 'USA', role: 'envoy', postedTo: 'ISR' }),
  officeSpan({ key: 'alan-solomont', name: 'Alan Solomont', holder: 'USA', role: 'envoy', postedTo: 'ESP' }),
  officeSpan({ key: 'susan-rice', name: 'Susan Rice', holder: 'USA', role: 'envoy', postedTo: 'UN' }),
].map((s, i) => ({ ...s, start: ['2011-08-03', '2010-01-27', '2009-01-22'][i] ?? null }));
const gaz = buildGazetteer({ ...loadGazetteerSources(LEADERS), offices: OFFICES });
const people = (text: string, date: string) =>
  extractDocument({ text, date }, gaz)
    .entities.filter((e) => e.kind === 'Leader')
    .map((e) => e.key);

describe('whether a title names the holder of the day', () => {
  it('names no holder for a former, late or incoming office holder, and lets the name that follows speak', () => {
    expect(people('The court finds former Prime Minister of Israel Ehud Olmert guilty.', '2015-03-30')).toEqual([
      'ehud-olmert',
    ]);
    expect(people('Ehud Olmert, former Prime Minister of Israel, spoke.', '2015-03-30')).toEqual(['ehud-olmert']);
    expect(people('The former Israeli prime minister spoke.', '2015-03-30')).toEqual([]);
    expect(people('The Israeli prime minister spoke.', '2015-03-30')).toEqual(['benjamin-netanyahu']);
  });

  it('reads a name after a comma as the person the title names, not whoever else held a like office', () => {
    expect(people('The United Kingdom Foreign Secretary, David Miliband, is asked to explain.', '2009-06-12')).toEqual([
      'david-miliband',
    ]);
  });

  it('reads a title after "as" or "to be" as said of someone named, not as a new person', () => {
    expect(people('The Council nominates Ehud Olmert as Prime Minister of Israel.', '2015-01-01')).toEqual([
      'ehud-olmert',
    ]);
  });

  it('names the ambassador of a posting, also "to the United Nations", and no one for an ambassador without one', () => {
    expect(people('The United States ambassador to Israel criticised the report.', '2012-01-01')).toEqual([
      'daniel-shapiro',
    ]);
    expect(people('The United States ambassador to the United Nations spoke.', '2010-06-13')).toEqual(['susan-rice']);
    const x = extractDocument({ text: "Shots hit the American ambassador's residence.", date: '2012-01-01' }, gaz);
    expect(x.entities.filter((e) => e.kind === 'Leader')).toEqual([]);
    expect(x.warnings.map((w) => w.code)).toContain('unresolved_person');
  });
});
