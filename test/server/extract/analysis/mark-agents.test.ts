import { describe, expect, it } from '@jest/globals';
import { coder } from '../support.ts';

const coded = coder('2022-05-01');

describe('who acts for a state', () => {
  it('takes no rebels, vessels or militants for their state', () => {
    expect(coded('Afghan rebels attacked Pakistan.')).toEqual([]);
    expect(coded('A Swedish-registered vessel rammed a Finnish patrol boat.')).toEqual([]);
    expect(coded('Iranian-backed militants attacked Israel.')).toEqual([]);
  });
  it('takes troops, ministries and officials for their state', () => {
    expect(coded('Afghan troops attacked Pakistan.')).toEqual(['AFG 19 PAK']);
    expect(coded('Chinese officials criticized Australia.')).toEqual(['CHN 11 AUS']);
  });
  it('reads an amount in US dollars as money, not as the United States', () => {
    expect(coded('Japan sent US$150 million in aid to Kenya.')).toEqual(['JPN 07 KEN']);
  });
  it('reads goods and people named by a demonym as no actor', () => {
    expect(coded('Malaysia seized Chinese goods at the port.')).toEqual([]);
    expect(coded('The United States Senate accused a bank of laundering Mexican drug money.')).toEqual([]);
  });
});
