// Pure parser from a file's name and contents to DocumentInputs; the caller does the reading.
import { ParseInputError } from './errors.ts';
import { stripHtml } from './strip-html.ts';
import type { DocumentInput } from './types.ts';

const STRING_FIELDS = ['id', 'title', 'date', 'publisher', 'url', 'speaker', 'licence'] as const;

/** Checks one parsed JSON value and keeps the known DocumentInput fields. */
export function toDocumentInput(value: unknown, line?: number): DocumentInput {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    typeof (value as { text?: unknown }).text !== 'string'
  ) {
    throw new ParseInputError('expected a JSON object with a "text" string', line);
  }
  const obj = value as Record<string, unknown>;
  const doc: DocumentInput = { text: obj.text as string };
  for (const f of STRING_FIELDS) {
    const v = obj[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' && typeof v !== 'number')
      throw new ParseInputError(`expected "${f}" to be a string`, line);
    doc[f] = String(v);
  }
  if (doc.licence === undefined && typeof obj.license === 'string') doc.licence = obj.license;
  return doc;
}

/** Markdown to plain text: headings, emphasis, links, images and code fences lose their markup. */
export function stripMarkdown(md: string): { text: string; title: string | null } {
  let title: string | null = null;
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(raw);
      continue;
    }
    let line = raw;
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      line = h[1] ?? '';
      if (title === null && line) title = line;
    }
    line = line
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^*_\n]{1,2000}?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{1,2000}?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/`([^`\n]{1,2000})`/g, '$1');
    if (/^\s*([-*_]\s*){3,}$/.test(line)) line = '';
    out.push(line);
  }
  return { text: out.join('\n'), title };
}

/** Title from a plain text: a short first line followed by a blank line. */
function plainTitle(text: string): string | null {
  const m = /^\s*([^\n]{3,200})\n\s*\n/.exec(text.slice(0, 400));
  const t = m?.[1]?.trim();
  return t && !/[.!?:]$/.test(t) ? t : null;
}

/** A "By Staff, Agencies" byline near the top names the publisher. */
function byline(text: string): string | null {
  const m = /^\s*By ([A-Z][^\n]{1,80})$/m.exec(text.slice(0, 600));
  return m?.[1]?.trim() ?? null;
}

function withMeta(text: string, title: string | null): DocumentInput {
  const doc: DocumentInput = { text };
  const t = title ?? plainTitle(text);
  if (t) doc.title = t;
  const by = byline(text);
  if (by) doc.publisher = by;
  return doc;
}

/** Parses .txt, .md, .html/.htm, .json and .jsonl/.ndjson contents; the extension picks the format. */
export function readDocumentInputs(path: string, content: string): DocumentInput[] {
  const ext = (/\.([a-z0-9]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (ext === 'jsonl' || ext === 'ndjson') {
    const docs: DocumentInput[] = [];
    const lines = body.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? '').trim();
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ParseInputError('expected valid JSON', i + 1);
      }
      docs.push(toDocumentInput(value, i + 1));
    }
    return docs;
  }
  if (ext === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      throw new ParseInputError(`expected valid JSON in ${path}`);
    }
    return Array.isArray(value) ? value.map((v, i) => toDocumentInput(v, i + 1)) : [toDocumentInput(value)];
  }
  if (ext === 'html' || ext === 'htm' || (ext !== 'md' && /^\s*<(!doctype html|html[\s>])/i.test(body))) {
    const { text, title } = stripHtml(body);
    return [withMeta(text, title)];
  }
  if (ext === 'md' || ext === 'markdown') {
    const { text, title } = stripMarkdown(body);
    return [withMeta(text, title)];
  }
  return [withMeta(body, null)];
}
