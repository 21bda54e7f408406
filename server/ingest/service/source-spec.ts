import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SourceConfigError } from './errors.ts';

/** One feed as configured in the sources file or through the API. */
export const feedSourceSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,80}$/, 'letters, digits, _ . - (at most 80)')
    .optional(),
  url: z.url({ protocol: /^https?$/ }),
  /** Seconds between polls. */
  intervalSeconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 86_400)
    .default(900),
  /** The outlet its items come from; the feed's own title when absent. */
  publisher: z.string().min(1).max(200).optional(),
});

export type FeedSourceInput = z.input<typeof feedSourceSchema>;

export interface SourceRow {
  id: string;
  kind: 'feed' | 'inbox' | 'api';
  url: string | null;
  intervalSeconds: number | null;
  publisher: string | null;
  origin: 'file' | 'api' | 'service';
}

const fileSchema = z.object({ feeds: z.array(feedSourceSchema).default([]) });

const defaultId = (url: string) => `feed-${createHash('sha1').update(url).digest('hex').slice(0, 10)}`;

export function feedSourceRow(input: unknown, origin: SourceRow['origin'], where: string): SourceRow {
  const r = feedSourceSchema.safeParse(input);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || 'source'}: ${i.message}`).join('; ');
    throw new SourceConfigError(`${where}: ${problems}`);
  }
  const s = r.data;
  return {
    id: s.id ?? defaultId(s.url),
    kind: 'feed',
    url: s.url,
    intervalSeconds: s.intervalSeconds,
    publisher: s.publisher ?? null,
    origin,
  };
}

/** The feeds of a sources file ({"feeds": [{url, intervalSeconds?, publisher?, id?}]}); none when it is absent. */
export function readSourcesFile(file: string): SourceRow[] {
  if (!existsSync(file)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SourceConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = fileSchema.safeParse(value);
  if (!r.success)
    throw new SourceConfigError(
      `${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return r.data.feeds.map((f, i) => feedSourceRow(f, 'file', `${file}: feeds.${i}`));
}
