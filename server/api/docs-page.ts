import { isRecord } from '../util/is-record.ts';

// The page reads the document it is given field by field: a field that is missing or of another shape shows as empty.
const obj = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const esc = (s: unknown): string =>
  text(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const typeOf = (v: unknown): string => {
  if (!isRecord(v)) return '';
  if (v.enum) return list(v.enum).map(text).join(' | ');
  const t = v.type ?? (v.anyOf ? 'any' : '');
  return `${Array.isArray(t) ? t.map(text).join(' | ') : text(t)}${v.default !== undefined ? ` = ${JSON.stringify(v.default)}` : ''}`;
};

/**
 * The OpenAPI document as one self-contained HTML page, rendered on the server: no script, no CDN,
 * nothing fetched from any host, so it passes the strict CSP.
 */
export function docsPage(spec: Record<string, unknown>): string {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(obj(spec.paths))) {
    for (const [method, o] of Object.entries(obj(methods))) {
      const op = obj(o);
      const params = list(op.parameters)
        .map(obj)
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${esc(typeOf(p.schema))}</td><td>${esc(p.description)}</td></tr>`,
        );
      const body = op.requestBody
        ? `<pre>${esc(JSON.stringify(obj(obj(obj(op.requestBody).content)['application/json']).schema, null, 2))}</pre>`
        : '';
      const responses = Object.entries(obj(op.responses)).map(
        ([s, r]) => `<li><b>${esc(s)}</b> ${esc(obj(r).description)}</li>`,
      );
      ops.push(`<section id="${esc(op.operationId)}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${op.security ? ' <small>(bearer token)</small>' : ''}</h3>
<p>${esc(op.summary)}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ''}
${params.length ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>about</th></tr>${params.join('')}</table>` : ''}
${body ? `<p>Body:</p>${body}` : ''}<ul>${responses.join('')}</ul></section>`);
    }
  }
  const info = obj(spec.info);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h3{margin:.5rem 0}.m{font-size:.8em;padding:.1em .4em;border-radius:3px;color:#fff;background:#2a6}
.m.post{background:#26a}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5rem;overflow:auto}.d{color:#555}
</style></head><body>
<h1>${esc(info.title)} <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(spec.openapi)}).</p>
${ops.join('\n')}
</body></html>`;
}
