// A single forward scan (no backtracking regexes) so hostile HTML stays linear.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  copy: '©',
};
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Decodes the common named and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

export interface StrippedHtml {
  text: string;
  title: string | null;
}

/** Text content of an HTML document: tags dropped, block tags become line breaks, scripts and styles removed. */
export function stripHtml(html: string): StrippedHtml {
  const out: string[] = [];
  let title: string | null = null;
  let i = 0;
  let skipUntil: string | null = null;
  let inTitle = false;
  let titleBuf = '';
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunkEnd = lt < 0 ? html.length : lt;
    if (!skipUntil && chunkEnd > i) {
      const chunk = html.slice(i, chunkEnd);
      if (inTitle) titleBuf += chunk;
      else out.push(chunk);
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, Math.min(gt, lt + 40));
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    i = gt + 1;
    if (!m) continue;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (name === 'title') {
      if (!closing) inTitle = true;
      else {
        inTitle = false;
        title = decodeEntities(titleBuf).replace(/\s+/g, ' ').trim() || null;
      }
      continue;
    }
    if (!closing && SKIP.has(name) && !html.slice(lt, gt).endsWith('/')) skipUntil = name;
    else if (BLOCK.has(name)) out.push('\n\n');
  }
  const text = decodeEntities(out.join(''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\n ]*/g, (s) => (s.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
  return { text, title };
}
