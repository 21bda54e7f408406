import { shapeProblem } from './cypher-shape-limits.ts';
import { normaliseCypherText } from './cypher-text.ts';

/**
 * Text checks on user Cypher, made before Neo4j sees it, on the text as Neo4j reads it (escapes decoded,
 * every line terminator one kind). They give a clear reason for the common refusals and keep queries
 * Neo4j's parser cannot cope with away from it; they are not the last line of defence: the plan is
 * checked too (see plan-problem), and the query runs in a read transaction with a timeout.
 */

/** Procedures a user query may CALL: schema introspection and full-text search, all read-only. */
export const allowedProcedures = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

export type GuardResult = { ok: true; query: string } | { ok: false; reason: string };

/** Blanks string literals, comments and backtick-quoted names, keeping offsets, so keywords inside them do not count. */
export function codeOnly(query: string, keepBackticks = false): string {
  const pattern = keepBackticks
    ? /'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g
    : /'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`[^`]*`?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
  return query.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
}

const writeClauses = ['CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'FOREACH', 'INSERT'];
const adminStarts = [
  'SHOW',
  'GRANT',
  'DENY',
  'REVOKE',
  'START',
  'STOP',
  'TERMINATE',
  'ALTER',
  'RENAME',
  'DROP',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
];

/** Keyword tokens of the code (not property keys, labels, map keys or parameters). */
function keywords(code: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const m of code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const before = code.slice(0, m.index).trimEnd().slice(-1);
    const after = code.slice(m.index + m[0].length).trimStart()[0];
    if (before === '.' || before === ':' || before === '$' || after === ':') continue;
    out.push({ word: m[0].toUpperCase(), index: m.index });
  }
  return out;
}

export function guardCypher(input: string): GuardResult {
  // Neo4j is sent the text as given; the checks look at it as Neo4j's parser will.
  let query = input.trim();
  let text = normaliseCypherText(query);
  let code = codeOnly(text);
  // One trailing semicolon is harmless; any other means several statements.
  const trailing = /;\s*$/.exec(code);
  if (trailing) {
    if (!query.endsWith(';'))
      return { ok: false, reason: 'several statements in one query: send one statement at a time' };
    query = query.slice(0, -1).trim();
    text = text.slice(0, trailing.index);
    code = code.slice(0, trailing.index);
  }
  if (code.trim() === '') return { ok: false, reason: 'the query is empty' };
  const shape = shapeProblem(code, [...query].length);
  if (shape) return { ok: false, reason: shape };
  if (code.includes(';')) return { ok: false, reason: 'several statements in one query: send one statement at a time' };

  const words = keywords(code);
  const first = words[0]?.word;
  if (first === 'EXPLAIN' || first === 'PROFILE')
    return { ok: false, reason: `${first} is not accepted: send the query itself` };
  if (first && adminStarts.includes(first))
    return { ok: false, reason: `${first} commands (administration, schema) are not allowed` };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    const next = words[i + 1]?.word;
    if (w === 'LOAD' && next === 'CSV') return { ok: false, reason: 'LOAD CSV is not allowed' };
    if (writeClauses.includes(w)) {
      if (w === 'CREATE' || w === 'DROP') {
        const what = next === 'OR' ? words[i + 3]?.word : next;
        if (
          what &&
          [
            'USER',
            'ROLE',
            'DATABASE',
            'COMPOSITE',
            'ALIAS',
            'SERVER',
            'INDEX',
            'CONSTRAINT',
            'RANGE',
            'TEXT',
            'POINT',
            'FULLTEXT',
            'LOOKUP',
            'VECTOR',
          ].includes(what)
        ) {
          return { ok: false, reason: `${w} ${what} (administration, schema) is not allowed` };
        }
      }
      return { ok: false, reason: `${w} writes to the graph; only read queries are allowed` };
    }
    if (w === 'USE' && (i === 0 || /[{(]\s*$/.test(code.slice(0, words[i]!.index)))) {
      return { ok: false, reason: 'USE is not allowed: queries run against the configured database' };
    }
  }
  const procedure = calledProcedure(text);
  if (procedure)
    return {
      ok: false,
      reason: `CALL ${procedure} is not allowed; allowed procedures: ${[...allowedProcedures].join(', ')}`,
    };
  return { ok: true, query };
}

/** The first procedure CALLed that is outside the allowlist, or null. `CALL {` and `CALL (` are subqueries. */
export function calledProcedure(query: string): string | null {
  const code = codeOnly(query, true);
  for (const m of code.matchAll(
    /\bCALL\s+((?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*))*)/gi,
  )) {
    const before = code.slice(0, m.index).trimEnd().slice(-1);
    if (before === '.' || before === ':' || before === '$') continue;
    const name = m[1]!.replace(/`/g, '').replace(/\s+/g, '');
    if (!allowedProcedures.has(name.toLowerCase())) return name;
  }
  return null;
}
