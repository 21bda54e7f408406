import type { OfficeSpan } from '../../server/extract/people/office-span.ts';

/** An office span of a test's own small world: a state's office with no portfolio, posting or dates unless given. */
export const officeSpan = (
  o: Partial<OfficeSpan> & Pick<OfficeSpan, 'key' | 'name' | 'holder' | 'role'>,
): OfficeSpan => ({
  aliases: [],
  holderKind: 'State',
  portfolio: null,
  postedTo: null,
  office: '',
  start: null,
  end: null,
  ...o,
});
