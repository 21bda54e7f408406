import { api, ApiError } from '../api/client.ts';
import { h } from '../app/dom.ts';
import type { CypherResult } from './types.ts';
import { cellText, parseParams, plainCypherError } from './utils.ts';

export interface CypherConsoleDeps {
  showGraph(result: CypherResult): void;
  backToNetwork(): void;
}

const example =
  'MATCH (l:Leader)-[r:LEADS]->(s:State {code: $code})\nRETURN l, r, s, l.name AS leader, r.start AS since\nORDER BY since DESC LIMIT 20';

function table(r: CypherResult): HTMLElement {
  const shown = r.rows.slice(0, 500);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id: 'cypher-table' },
      h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...shown.map((row) => h('tr', {}, ...row.map((v) => h('td', {}, cellText(v)))))),
    ),
  );
}

/** A console for read-only Cypher: the rows as a table, the nodes and relationships as a graph, errors in plain words. */
export function mountCypherConsole(el: HTMLElement, deps: CypherConsoleDeps): void {
  const query = h('textarea', { id: 'cypher-query', 'aria-label': 'Cypher query', spellcheck: 'false' }, example);
  const params = h('input', { id: 'cypher-params', 'aria-label': 'Parameters as JSON', value: '{"code": "PRK"}' });
  const run = h('button', { type: 'submit', id: 'cypher-run' }, 'Run');
  const cancel = h('button', { type: 'button', id: 'cypher-cancel', hidden: true }, 'Cancel');
  const out = h('div', { id: 'cypher-output', 'aria-live': 'polite' });
  let running: AbortController | null = null;
  cancel.addEventListener('click', () => running?.abort());
  const submit = async (e?: Event) => {
    e?.preventDefault();
    const p = parseParams(params.value);
    if (!p.ok) return out.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'cypher-error' }, p.error));
    run.disabled = true;
    cancel.hidden = false;
    const controller = (running = new AbortController());
    const started = performance.now();
    const elapsed = h('span', {}, '0.0 s');
    const timer = setInterval(
      () => (elapsed.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s`),
      100,
    );
    out.replaceChildren(
      h(
        'p',
        { class: 'muted', id: 'cypher-running', role: 'status' },
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        'Running… ',
        elapsed,
      ),
    );
    try {
      const r = await api.cypher(query.value, p.params, controller.signal);
      out.replaceChildren(
        h(
          'p',
          { id: 'cypher-summary' },
          `${r.rowCount} row${r.rowCount === 1 ? '' : 's'} in ${r.ms} ms${r.capped ? `, stopped at the cap of ${r.rowCap} rows` : ` (the server returns at most ${r.rowCap} rows)`}${r.rowCount > 500 ? '; the first 500 shown' : ''}.`,
        ),
        h(
          'div',
          { class: 'row-actions' },
          r.graph
            ? h(
                'button',
                { type: 'button', id: 'cypher-show-graph', onclick: () => deps.showGraph(r) },
                `Draw as graph (${r.graph.nodes.length} nodes)`,
              )
            : h('span', { class: 'muted' }, 'No nodes to draw.'),
          h(
            'button',
            { type: 'button', id: 'cypher-back', onclick: () => deps.backToNetwork() },
            'Back to the network',
          ),
        ),
        table(r),
      );
    } catch (err) {
      if ((err as Error).name === 'AbortError') {
        out.replaceChildren(
          h(
            'p',
            { class: 'muted', id: 'cypher-cancelled' },
            'Cancelled. The server stops the query at its time limit.',
          ),
        );
        return;
      }
      const status = err instanceof ApiError ? err.status : 0;
      out.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert', id: 'cypher-error' },
          plainCypherError(status, err instanceof ApiError ? err.body : null),
        ),
      );
    } finally {
      clearInterval(timer);
      running = null;
      run.disabled = false;
      cancel.hidden = true;
    }
  };
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
  });
  el.replaceChildren(
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close Cypher console', 'data-close': 'cypher' }, '×'),
    h('h2', {}, 'Cypher console'),
    h(
      'p',
      { class: 'muted', id: 'cypher-limits' },
      'Read-only queries; Ctrl+Enter runs. The server stops a query after its time limit and returns at most its row cap (5,000 rows unless configured otherwise).',
    ),
    h(
      'form',
      { onsubmit: (e: Event) => void submit(e) },
      h('label', { class: 'field' }, 'Query', query),
      h('label', { class: 'field' }, 'Parameters (JSON)', params),
      h('div', { class: 'row-actions' }, run, cancel),
    ),
    out,
  );
}
