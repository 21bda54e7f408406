import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A JSON answer serialized and compressed once, to be sent many times: with its ETag, plain, gzip and brotli. */
export interface PreparedJson {
  kind: 'prepared-json';
  etag: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export async function prepareJson(value: unknown): Promise<PreparedJson> {
  const body = Buffer.from(JSON.stringify(value));
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    // Quality 5: most of brotli's gain at a small part of its time; this runs once per change of the graph.
    brotliAsync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  ]);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { kind: 'prepared-json', etag, body, gzip: gz, br };
}

export const isPreparedJson = (v: unknown): v is PreparedJson => (v as PreparedJson | null)?.kind === 'prepared-json';
