type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const esc = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const typeOf = (s: Json | undefined): string => {
  if (!s) return '';
  if (s.enum) return (s.enum as unknown[]).join(' | ');
  const t = s.type ?? (s.anyOf ? 'any' : '');
  return `${Array.isArray(t) ? t.join(' | ') : t}${s.default !== undefined ? ` = ${JSON.stringify(s.default)}` : ''}`;
};

/**
 * The OpenAPI document as one self-contained HTML page, rendered on the server: no script, no CDN,
 * nothing fetched from any host, so it passes the strict CSP.
 */
export function docsPage(spec: Json): string {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(spec.paths as Json)) {
    for (const [method, op] of Object.entries(methods as Json)) {
      const params = (op.parameters as Json[]).map(
        (p) =>
          `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${esc(typeOf(p.schema))}</td><td>${esc(p.description)}</td></tr>`,
      );
      const body = op.requestBody
        ? `<pre>${esc(JSON.stringify(op.requestBody.content['application/json'].schema, null, 2))}</pre>`
        : '';
      const responses = Object.entries(op.responses as Json).map(
        ([s, r]) => `<li><b>${esc(s)}</b> ${esc((r as Json).description)}</li>`,
      );
      ops.push(`<section id="${esc(op.operationId)}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${op.security ? ' <small>(bearer token)</small>' : ''}</h3>
<p>${esc(op.summary)}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ''}
${params.length ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>about</th></tr>${params.join('')}</table>` : ''}
${body ? `<p>Body:</p>${body}` : ''}<ul>${responses.join('')}</ul></section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(spec.info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h3{margin:.5rem 0}.m{font-size:.8em;padding:.1em .4em;border-radius:3px;color:#fff;background:#2a6}
.m.post{background:#26a}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5rem;overflow:auto}.d{color:#555}
</style></head><body>
<h1>${esc(spec.info.title)} <small>${esc(spec.info.version)}</small></h1>
<p>${esc(spec.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(spec.openapi)}).</p>
${ops.join('\n')}
</body></html>`;
}
