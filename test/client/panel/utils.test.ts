import { describe, expect, test } from '@jest/globals';
import { relationRows } from '../../../client/src/panel/relation-rows.ts';
import { displayProperties, formatPeriod, highlightSegments, timelineItems } from '../../../client/src/panel/utils.ts';

describe('highlightSegments', () => {
  test('marks the evidence sentence by its offsets', () => {
    expect(highlightSegments('abcdef', 2, 4)).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'ef', marked: false },
    ]);
    expect(highlightSegments('abc', null, null)).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('abc', 1, 99)).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });
});

describe('panel text', () => {
  test('periods', () => {
    expect(formatPeriod('2011-12-17', null, true)).toBe('2011-12-17 – present');
    expect(formatPeriod(null, null)).toBe('dates unknown');
  });
  test('properties without bookkeeping, lists joined', () => {
    expect(displayProperties({ label: 'x', capital: 'Pyongyang', aliases: ['DPRK', 'NK'], empty: '' })).toEqual([
      ['aliases', 'DPRK, NK'],
      ['capital', 'Pyongyang'],
    ]);
  });
  test('timeline: undated facts from articles first, then events, messages and sanctions newest first', () => {
    const items = timelineItems({
      events: {
        items: [
          {
            date: '2014-12-23',
            label: 'Appeal',
            quad: 1,
            cameo: '026',
            actor: { name: 'China' },
            target: { name: 'North Korea' },
            evidence: [],
          },
        ],
      },
      messages: [
        {
          date: null,
          kind: 'verbal_message',
          sender: { name: 'Kim' },
          recipient: { name: 'Xi' },
          quotes: ['frustrate'],
          evidence: [{ sentence: 'S', kind: 'document', source: 'doc:1', start: 1, end: 2 }],
        },
      ],
      sanctions: [{ name: 'Resolution 2270', year: 2016, by: 'CHN', how: 'APPROVED', against: 'PRK', evidence: [] }],
    });
    expect(items.map((i) => i.kind)).toEqual(['message', 'sanction', 'event']);
    expect(items[0]).toMatchObject({ title: 'Verbal message: Kim → Xi', quotes: ['frustrate'], date: null });
    expect(items[1]!.detail).toBe('CHN approved against PRK');
  });
  test("timeline: a fact from an article without its own date takes its document's date; data-set facts stay last", () => {
    const items = timelineItems({
      events: {
        items: [
          { date: null, label: 'Undated record', evidence: [{ kind: 'dataset', source: 'icews:x', line: 3 }] },
          { date: '2010-01-01', label: 'Old', evidence: [] },
        ],
      },
      messages: [
        {
          date: null,
          kind: 'letter',
          sender: { name: 'Kim' },
          recipient: { name: 'Xi' },
          evidence: [{ kind: 'document', source: 'doc:1', date: '2022-02-21', start: 1, end: 2 }],
        },
      ],
    });
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ['message', '2022-02-21'],
      ['event', '2010-01-01'],
      ['event', null],
    ]);
  });
  test('relation rows of a node, strongest first', () => {
    const rows = relationRows(
      {
        attributes: {},
        nodes: [
          { key: 'A', attributes: { label: 'Aland' } },
          { key: 'B', attributes: { label: 'Bland' } },
        ],
        edges: [
          { key: '1', source: 'B', target: 'A', attributes: { type: 'MESSAGE' } },
          { key: '2', source: 'A', target: 'B', attributes: { type: 'DYAD', count: 9, quad2: 9 } },
        ],
      },
      'A',
    );
    expect(rows).toEqual([
      { other: 'B', otherLabel: 'Bland', type: 'DYAD', direction: 'out', count: 9, quad: 2 },
      { other: 'B', otherLabel: 'Bland', type: 'MESSAGE', direction: 'in', count: null, quad: null },
    ]);
  });
});
