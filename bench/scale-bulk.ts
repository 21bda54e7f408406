// Child process of bench:scale: one record file through the offline importer into the named (stopped) instance,
// printing the timings and this process's peak resident memory. Neo4j is left running for the article that follows.
import { loadConfig } from '../server/config/load-config.ts';
import { bulkImport } from '../server/ingest/bulk/bulk-import.ts';
import { localInstance } from '../server/neo4j/connect.ts';

const [file, name] = process.argv.slice(2) as [string, string];
const config = loadConfig({
  ...process.env,
  NEO4J_URI: '',
  NEO4J_BOLT_PORT: process.env.STATEGRAPH_BENCH_BOLT_PORT ?? '7689',
});
const { db, timings } = await bulkImport(localInstance(config, name), [file], (m) => console.error(m));
await db.close();
console.log(JSON.stringify({ ...timings, peakMb: process.resourceUsage().maxRSS / 1024 }));
