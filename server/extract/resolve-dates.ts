// Dates in a sentence, resolved against the article's date with chrono-node
// (only for sentences with a date-like phrase: chrono is the costly step).
// Without an article date only absolute dates (with a year) are kept.
import * as chrono from 'chrono-node';

const DATEISH =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(yesterday|today|tonight|ago)\b|\b(last|this|next|earlier|later)\s+(week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|(mon|tues|wednes|thurs|fri|satur|sun)day|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|\bearlier (?:in )?the week\b|\b\d{4}-\d{2}-\d{2}\b/i;
const SIMPLE_DAY = /\b(today|tonight|yesterday|this (?:morning|afternoon|evening))\b/i;
const SIMPLE_DAY_ALL = new RegExp(SIMPLE_DAY.source, 'gi');
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
  // "today", "tonight", "yesterday" alone need no parser.
  const simple = SIMPLE_DAY.exec(sentence);
  if (simple && !DATEISH.test(sentence.replace(SIMPLE_DAY_ALL, ' '))) {
    if (!ref) return null;
    const d = new Date(ref);
    if ((simple[1] as string).toLowerCase() === 'yesterday') d.setDate(d.getDate() - 1);
    return iso(d);
  }
  // chrono's cost grows with the text: parse only the stretch around the first date-like phrase.
  const at = sentence.search(DATEISH);
  const from = Math.max(0, at - 40);
  const window = sentence.slice(from, Math.min(sentence.length, at + 80));
  const results = chrono.parse(window, ref ?? new Date(2000, 0, 1, 12));
  for (const r of results) {
    if (!ref && !/\b(1[89]|20)\d\d\b/.test(r.text)) continue;
    const d = r.start.date();
    if (ref && d > ref && r.start.isCertain('weekday') && !r.start.isCertain('day')) d.setDate(d.getDate() - 7);
    return iso(d);
  }
  return null;
}
