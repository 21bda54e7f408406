/**
 * Limits on the shape of a user query and its parameters, checked before Neo4j sees them: Neo4j's parser
 * recurses on nesting and long operator chains, and past a few hundred levels it neither answers nor stops.
 */
const shapeLimits = {
  maxLength: 10_000,
  maxDepth: 32,
  maxOperators: 256,
  maxParamBytes: 16_384,
  maxParamDepth: 8,
};

const operatorPattern = /<>|<=|>=|=~|\+=|[-+*/%^=<>]|\b(?:AND|OR|XOR|NOT|IN|IS|STARTS|ENDS|CONTAINS)\b/gi;

/**
 * Why the query's shape is refused, or null. `code` is the query with strings and comments blanked; `length` the
 * query's length in characters as the API document counts them (code points: an emoji is one).
 */
export function shapeProblem(code: string, length = [...code].length): string | null {
  if (length > shapeLimits.maxLength)
    return `the query is ${length} characters long; at most ${shapeLimits.maxLength} are accepted`;
  let depth = 0;
  let deepest = 0;
  for (const ch of code) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  const notRun = Math.max(0, ...[...code.matchAll(/(?:\bNOT\b\s*)+/gi)].map((m) => m[0].trim().split(/\s+/).length));
  if (deepest + notRun > shapeLimits.maxDepth)
    return `the query nests ${deepest + notRun} levels deep; at most ${shapeLimits.maxDepth} are accepted`;
  const operators = code.match(operatorPattern)?.length ?? 0;
  if (operators > shapeLimits.maxOperators)
    return `the query has ${operators} operators; at most ${shapeLimits.maxOperators} are accepted`;
  return null;
}

/** Why the parameters are refused (too large as JSON, or nested too deep), or null. */
export function paramsProblem(params: Record<string, unknown>): string | null {
  const bytes = Buffer.byteLength(JSON.stringify(params));
  if (bytes > shapeLimits.maxParamBytes)
    return `the parameters take ${bytes} bytes as JSON; at most ${shapeLimits.maxParamBytes} are accepted`;
  const depthOf = (v: unknown): number =>
    v !== null && typeof v === 'object'
      ? 1 + Math.max(0, ...Object.values(v as Record<string, unknown>).map(depthOf))
      : 0;
  const depth = depthOf(params) - 1;
  if (depth > shapeLimits.maxParamDepth)
    return `the parameters nest ${depth} levels deep; at most ${shapeLimits.maxParamDepth} are accepted`;
  return null;
}
