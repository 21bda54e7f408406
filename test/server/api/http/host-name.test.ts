import { describe, expect, it } from '@jest/globals';
import { hostName } from '../../../../server/api/http/host-name.ts';

describe('hostName', () => {
  it('drops the port and lower-cases the name', () => {
    expect(hostName('LocalHost:8080')).toBe('localhost');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
  });

  it('keeps an IPv6 literal whole, brackets included', () => {
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('[::1]')).toBe('[::1]');
  });

  it('gives an empty name for a missing header', () => {
    expect(hostName(undefined)).toBe('');
  });
});
