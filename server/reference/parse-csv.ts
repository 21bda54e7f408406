// A small RFC 4180 parser: quoted fields, doubled quotes, embedded commas and
// newlines, CRLF or LF line ends. One pass over the string, no regexes, so the
// reference files (a few MB) parse in milliseconds.

export interface CsvRow {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvParseError extends Error {
  constructor(source: string, line: number, what: string) {
    super(`stategraph/reference/parse-csv: ${what} at ${source} line ${line}`);
    this.name = 'CsvParseError';
  }
}

/** Parses CSV text into rows of fields, skipping empty lines. */
export function parseCsvRows(text: string, source = 'csv', delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM is not part of the first field
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34) {
        // quoted field
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new CsvParseError(source, startLine, 'unterminated quoted field');
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        for (let k = 0; k < parts.length; k++) if (parts.charCodeAt(k) === 10) line++;
        value = parts;
        const c = text.charCodeAt(i);
        if (i < n && c !== delim && c !== 10 && c !== 13)
          throw new CsvParseError(source, line, 'text after a closing quote');
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === 10 || c === 13) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: startLine, fields });
  }
  return rows;
}

export interface CsvTable {
  header: string[];
  records: { line: number; get: (column: string) => string; fields: string[] }[];
}

/** Parses CSV with a header row; `get(column)` returns '' for a missing cell. */
export function parseCsv(text: string, source = 'csv', delimiter = ','): CsvTable {
  const rows = parseCsvRows(text, source, delimiter);
  const head = rows.shift();
  const header = head ? head.fields.map((h) => h.trim()) : [];
  const index = new Map<string, number>();
  header.forEach((h, k) => {
    if (h && !index.has(h)) index.set(h, k);
  });
  return {
    header,
    records: rows.map((r) => ({
      line: r.line,
      fields: r.fields,
      get: (column: string) => {
        const k = index.get(column);
        return k === undefined ? '' : (r.fields[k] ?? '');
      },
    })),
  };
}
