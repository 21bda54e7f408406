/**
 * Cypher's parser reads `\uXXXX` escapes anywhere in a query, before it splits it into tokens (as Java
 * does), so `//x\u000aLOAD CSV` is a comment and then a clause; a text check must see the text the same way.
 * A backslash that is itself escaped (`\\u0041`) starts no escape; `\uuuu0041` is one escape.
 */
export function decodeUnicodeEscapes(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    let run = 0;
    while (query[i + run] === '\\') run++;
    // Backslashes in pairs stand for themselves; only an odd last one can start an escape.
    out += '\\'.repeat(run - 1);
    i += run - 1;
    const m = /^\\u+([0-9a-fA-F]{4})/.exec(query.slice(i, i + 64));
    if (run % 2 === 1 && m) {
      out += String.fromCharCode(parseInt(m[1]!, 16));
      i += m[0].length;
    } else {
      out += '\\';
      i++;
    }
  }
  return out;
}

/** Every line terminator Cypher or a reader might honour (`\r\n`, `\r`, NEL, U+2028, U+2029, VT, FF) as `\n`. */
const normaliseLineTerminators = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- VT and FF end a line for some readers: they are what is looked for.
  text.replace(/\r\n|[\r\u0085\u2028\u2029\u000b\u000c]/g, '\n');

/** The text every check looks at: escapes decoded, then line ends made one kind, so a comment ends where Neo4j ends it or sooner. */
export const normaliseCypherText = (query: string): string => normaliseLineTerminators(decodeUnicodeEscapes(query));
