import { describe, expect, test } from '@jest/globals';
import { describeIngestStatus } from '../../../client/src/ingest-status/describe-ingest-status.ts';

describe('the ingest status line', () => {
  test('counts feeds and failing ones, shows a running job with its progress and names the failing feed in the tooltip', () => {
    const s = describeIngestStatus(
      [
        { label: 'wire: 10 new items', state: 'running', done: 4, total: 10 },
        { label: 'inbox: a.txt', state: 'queued', done: 0, total: 0 },
      ],
      [
        { id: 'wire', kind: 'feed', state: 'ok' },
        { id: 'broken', kind: 'feed', state: 'failing', lastError: 'http://x/broken.xml: HTTP 502' },
        { id: 'inbox', kind: 'inbox', state: 'ok' },
      ],
    );
    expect(s.text).toBe('Ingest: 2 feeds, 1 failing · running 4/10 · 1 queued');
    expect(s.title).toBe('broken: http://x/broken.xml: HTTP 502');
    expect(s.failing).toBe(true);
  });

  test('when nothing runs, names the last job and whether it failed', () => {
    const s = describeIngestStatus(
      [{ label: 'upload: bad.jsonl', state: 'failed', done: 0, total: 0, lastError: 'bad.jsonl:1: code: required' }],
      [],
    );
    expect(s.text).toBe('Ingest: 0 feeds · last failed: upload: bad.jsonl');
    expect(s.title).toBe('upload: bad.jsonl: bad.jsonl:1: code: required');
    expect(s.failing).toBe(true);
  });
});
