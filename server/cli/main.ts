import { loadConfig } from '../config/load-config.ts';
import { runExtract } from './extract-command.ts';
import { runIngest } from './ingest-command.ts';
import { runNeo4j } from './neo4j-command.ts';
import { runRebuildNetwork } from './rebuild-network-command.ts';
import { runBulkImportCommand } from './bulk-import-command.ts';
import { runServe } from './serve-command.ts';
import { runStart } from './start-command.ts';
import { terminalSafe } from './terminal-safe.ts';

const USAGE = `usage: stategraph <command>
  start                         start Neo4j if needed, migrate, load the reference world into an empty graph, serve (PORT, default 3000)
  serve                         the ingest service alone (feeds, inbox, jobs), beside a server started with STATEGRAPH_INGEST=off
  neo4j start|stop|status       the project's own Neo4j (ignored when NEO4J_URI is set)
  ingest reference              load the bundled reference world (states, leaders, sanctions, ICEWS events)
  ingest <file or folder>…      load record files (.jsonl, .csv) and articles (.txt, .md, .html, article .jsonl)
  bulk-import <file>…           offline import of state-to-state events into the own, stopped instance (replaces its data)
  extract <file>… --json        print what would be stored for articles, one JSON object per document, without a database
  migrate                       apply pending schema migrations
  rebuild-network               recount every DYAD and per-month summary from the events (repair; ingest keeps them current)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'extract') return runExtract(rest);
  const config = loadConfig();
  switch (command) {
    case 'start':
      return runStart(config);
    case 'bulk-import':
      return runBulkImportCommand(config, rest);
    case 'serve':
      return runServe(config);
    case 'neo4j':
      return runNeo4j(config, rest);
    case 'ingest':
      return runIngest(config, rest);
    case 'rebuild-network':
      return runRebuildNetwork(config);
    case 'migrate':
      return runIngest(config, []);
    default:
      console.error(`stategraph: unknown command "${terminalSafe(command)}"\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(terminalSafe(err instanceof Error ? `${err.name}: ${err.message}` : String(err)));
    process.exitCode = 1;
  },
);
