import { parseFeed } from '@rowanmanning/feed-parser';
import { z } from 'zod';
import { stripHtml } from '../../extract/strip-html.ts';
import { FeedParseError } from './errors.ts';

/** One item of a feed, as the ingest service needs it. */
export interface FeedEntry {
  /** The item's guid/id, else its link, else its title: what "seen before" is keyed on. */
  key: string;
  title: string | null;
  text: string;
  url: string | null;
  date: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  entries: FeedEntry[];
}

// JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/): only the fields an article needs.
const jsonFeedSchema = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\/1/, 'a JSON Feed version URL'),
  title: z.string().optional(),
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      url: z.string().optional(),
      title: z.string().optional(),
      content_text: z.string().optional(),
      content_html: z.string().optional(),
      summary: z.string().optional(),
      date_published: z.string().optional(),
      authors: z.array(z.object({ name: z.string().optional() })).optional(),
      author: z.object({ name: z.string().optional() }).optional(),
    }),
  ),
});

const isoDay = (d: Date | string | null | undefined): string | null => {
  if (!d) return null;
  const date = typeof d === 'string' ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
};

const plain = (html: string | null | undefined): string => (html ? stripHtml(html).text.trim() : '');

function parseJsonFeed(body: string, where: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new FeedParseError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const r = jsonFeedSchema.safeParse(value);
  if (!r.success)
    throw new FeedParseError(
      `${where}: not a JSON Feed: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    format: 'json',
    title: r.data.title ?? null,
    entries: r.data.items.map((i) => ({
      key: i.id,
      title: i.title ?? null,
      text: i.content_text?.trim() || plain(i.content_html) || plain(i.summary),
      url: i.url ?? null,
      date: isoDay(i.date_published),
      author: i.authors?.[0]?.name ?? i.author?.name ?? null,
    })),
  };
}

/** RSS 2.0 (and 0.9x/RDF), Atom through @rowanmanning/feed-parser; JSON Feed by its schema. */
export function parseFeedDocument(body: string, where: string): ParsedFeed {
  const head = body.trimStart();
  if (head.startsWith('{')) return parseJsonFeed(head, where);
  let feed;
  try {
    feed = parseFeed(head);
  } catch (e) {
    throw new FeedParseError(`${where}: not an RSS or Atom feed (${(e as Error).message})`);
  }
  return {
    format: feed.meta.type === 'atom' ? 'atom' : 'rss',
    title: feed.title,
    entries: feed.items
      .map((i) => ({
        key: i.id ?? i.url ?? i.title ?? '',
        title: i.title,
        text: plain(i.content) || plain(i.description),
        url: i.url,
        date: isoDay(i.published ?? i.updated),
        author: i.authors[0]?.name ?? null,
      }))
      .filter((e) => e.key !== ''),
  };
}
