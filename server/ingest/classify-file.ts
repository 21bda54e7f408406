import path from 'node:path';

export type FileKind = 'records' | 'articles' | 'unsupported';

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Records carry a "type" field; article lines carry "text". CSV is always records. */
export function classifyFile(file: string, content: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'records';
  if (ARTICLE_EXT.has(ext)) return 'articles';
  if (ext !== '.jsonl' && ext !== '.ndjson') return 'unsupported';
  const first = content.split('\n').find((l) => l.trim() !== '');
  if (!first) return 'records';
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return typeof value.type === 'string' && !('text' in value) ? 'records' : 'articles';
  } catch {
    return 'records'; // the record parser reports the bad line with its number
  }
}
