// Dates in a sentence, resolved against the article's date with chrono-node.
// Without an article date only absolute dates (with a year) are kept.
import * as chrono from 'chrono-node';

const DATEISH = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(yesterday|today|tonight|last|this|next|earlier|ago)\b|\b\d{4}-\d{2}-\d{2}\b/i;
const WEEK_EARLIER = /\bearlier (?:in )?(?:the|this) week\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function localNoon(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The document's own date as YYYY-MM-DD, from ISO or prose ("February 22, 2022"); null when unreadable. */
export function normalizeDocumentDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const isoHit = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (isoHit && localNoon(isoHit[1] as string)) return isoHit[1] as string;
  const r = chrono.parse(s.slice(0, 200), new Date(2000, 0, 1, 12))[0];
  return r && r.start.isCertain('year') && r.start.isCertain('day') ? iso(r.start.date()) : null;
}

/** First date a sentence states, as YYYY-MM-DD; weekdays are taken as the most recent one. */
export function resolveSentenceDate(sentence: string, docDate: string | null): string | null {
  if (!DATEISH.test(sentence)) return null;
  const ref = docDate ? localNoon(docDate) : null;
  if (ref && WEEK_EARLIER.test(sentence)) {
    const monday = new Date(ref);
    monday.setDate(ref.getDate() - ((ref.getDay() + 6) % 7));
    return iso(monday);
  }
  const results = chrono.parse(sentence.length > 600 ? sentence.slice(0, 600) : sentence, ref ?? new Date(2000, 0, 1, 12));
  for (const r of results) {
    if (!ref && !/\b(1[89]|20)\d\d\b/.test(r.text)) continue;
    const d = r.start.date();
    if (ref && d > ref && r.start.isCertain('weekday') && !r.start.isCertain('day')) d.setDate(d.getDate() - 7);
    return iso(d);
  }
  return null;
}
