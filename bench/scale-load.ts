// Child process of bench:scale: loads one record file with the streaming loader and prints its rows/s and the
// peak resident memory of this process, so the figure is the loader's alone.
import { ingestRecordStream } from '../server/ingest/streaming/ingest-record-stream.ts';
import { loadCameoCodes } from '../server/reference/cameo.ts';
import { openBenchDb } from './bench-db.ts';

const [file, name, instance] = process.argv.slice(2) as [string, string, string | undefined];
const db = await openBenchDb(instance);
const t0 = process.hrtime.bigint();
const summary = await ingestRecordStream(db, file, name, loadCameoCodes());
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
await db.close();
console.log(
  JSON.stringify({
    rows: summary.events?.rows ?? 0,
    created: summary.events?.created ?? 0,
    seconds,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
