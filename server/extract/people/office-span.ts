// One period a person held an office of a state or a body, as the extraction sees it.
import type { OfficeRole } from '../../model/types.ts';

export interface OfficeSpan {
  key: string;
  name: string;
  aliases: string[];
  holderKind: 'State' | 'Organization';
  holder: string;
  role: OfficeRole;
  portfolio: string | null;
  postedTo: string | null;
  office: string;
  start: string | null;
  end: string | null;
}
