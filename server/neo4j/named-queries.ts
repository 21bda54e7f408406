import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../config/paths.ts';

export interface NamedQuery {
  name: string; // "<area>/<verb-noun>"
  description: string;
  params: string[];
  columns: string[];
  mode: 'read' | 'write';
  text: string;
}

export class NamedQueryError extends Error {
  override name = 'NamedQueryError';
}

const queriesDir = path.join(cypherDir, 'queries');
const cache = new Map<string, NamedQuery>();

const listField = (header: Map<string, string>, key: string): string[] =>
  (header.get(key) ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^\$/, ''))
    .filter((s) => s !== '' && s !== '-');

/** Parses a query file: `// params:`, `// columns:` and `// mode:` header lines, the rest is Cypher. */
export function parseNamedQuery(name: string, source: string): NamedQuery {
  const header = new Map<string, string>();
  const description: string[] = [];
  const body: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^\/\/\s*(params|columns|mode):\s*(.*)$/.exec(line.trim());
    if (m && body.length === 0) header.set(m[1]!, m[2]!.trim());
    else if (line.trim().startsWith('//') && body.length === 0) description.push(line.trim().replace(/^\/\/\s?/, ''));
    else body.push(line);
  }
  const mode = header.get('mode');
  if (mode !== 'read' && mode !== 'write')
    throw new NamedQueryError(`stategraph/named-queries: ${name} must declare "// mode: read" or "// mode: write"`);
  if (!header.has('params') || !header.has('columns')) {
    throw new NamedQueryError(
      `stategraph/named-queries: ${name} must declare "// params:" and "// columns:" (use "-" for none)`,
    );
  }
  return {
    name,
    description: description.join(' '),
    params: listField(header, 'params'),
    columns: listField(header, 'columns'),
    mode,
    text: body.join('\n').trim(),
  };
}

/** The named query, read once from cypher/queries/<name>.cypher. */
export function namedQuery(name: string): NamedQuery {
  let q = cache.get(name);
  if (!q) {
    const file = path.join(queriesDir, `${name}.cypher`);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      throw new NamedQueryError(`stategraph/named-queries: no query named "${name}" (looked for ${file})`);
    }
    q = parseNamedQuery(name, source);
    cache.set(name, q);
  }
  return q;
}

export function listNamedQueries(dir = queriesDir): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = path.join(d, f);
      return statSync(p).isDirectory()
        ? walk(p)
        : f.endsWith('.cypher')
          ? [path.relative(dir, p).replace(/\.cypher$/, '')]
          : [];
    });
  return walk(dir).sort();
}

/** The `$names` a query body uses, ignoring strings and comments. */
export function usedParams(text: string): string[] {
  const code = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}
