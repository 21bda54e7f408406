import type { Config } from '../config/load-config.ts';

/** What a local instance is started with: its port and memory and transaction limits, from the configuration. */
export type LocalNeo4jSettings = Config['neo4j'];

/** The server's configuration: loopback only, auth on, bounded transactions, no file access from LOAD CSV. */
export function renderNeo4jConf(s: LocalNeo4jSettings, importDir: string): string {
  return [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `db.transaction.timeout=${s.txTimeout}`,
    `db.memory.transaction.max=${s.txMemory}`,
    `db.memory.transaction.total.max=${s.txTotalMemory}`,
    `dbms.memory.transaction.total.max=${s.txTotalMemory}`,
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${importDir}`,
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pagecache}`,
    'dbms.usage_report.enabled=false',
    'server.logs.gc.enabled=false',
    '',
  ].join('\n');
}
