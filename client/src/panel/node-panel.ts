import { api } from '../api/client.ts';
import { asObject, asObjectOrNull, asObjects, asString, asText, asTexts, type JsonObject } from '../api/json.ts';
import { h } from '../app/dom.ts';
import { dyadCodes } from '../graph/utils.ts';
import type { NodeContext, PanelActions, RelationRow } from './types.ts';
import { fieldLabel, plural } from './field-labels.ts';
import { uniqueOffices } from './offices.ts';
import { displayProperties, formatPeriod, humanize } from './utils.ts';
import { personOffices, stateOfficials } from './officials.ts';

const arr = asObjects;
const s = (v: unknown): string => asText(v) ?? '';

const propList = (pairs: [string, string][]) =>
  h('dl', { class: 'props' }, ...pairs.flatMap(([k, v]) => [h('dt', {}, fieldLabel(k)), h('dd', {}, v)]));

function actionsFor(ctx: NodeContext, a: PanelActions): HTMLElement {
  const more = ctx.expandedShown !== null && ctx.expandedTotal !== null && ctx.expandedShown < ctx.expandedTotal;
  const expandLabel =
    ctx.expandedShown === null
      ? 'Expand neighbours'
      : more
        ? `Show more (${ctx.expandedShown} of ${ctx.expandedTotal})`
        : 'All neighbours shown';
  return h(
    'div',
    { class: 'row-actions' },
    h(
      'button',
      {
        type: 'button',
        id: 'node-expand',
        disabled: ctx.expandedShown !== null && !more,
        onclick: () => a.expand(ctx.key),
      },
      expandLabel,
    ),
    ctx.expandedShown !== null && a.undoExpand
      ? h('button', { type: 'button', id: 'node-undo-expand', onclick: () => a.undoExpand?.(ctx.key) }, 'Undo expand')
      : null,
    h('button', { type: 'button', id: 'node-hide', onclick: () => a.hide(ctx.key) }, 'Hide'),
    h(
      'button',
      { type: 'button', id: 'node-pin', 'aria-pressed': String(ctx.pinned), onclick: () => a.togglePin(ctx.key) },
      ctx.pinned ? 'Unpin' : 'Pin',
    ),
    h('button', { type: 'button', id: 'node-path-from', onclick: () => a.pathFrom(ctx.key) }, 'Path from here'),
    h('button', { type: 'button', id: 'node-path-to', onclick: () => a.pathTo(ctx.key) }, 'Path to here'),
  );
}

function relationsList(ctx: NodeContext, a: PanelActions): HTMLElement {
  const byOther = new Map<string, { label: string; parts: RelationRow[] }>();
  for (const r of ctx.relations)
    (byOther.get(r.other) ?? byOther.set(r.other, { label: r.otherLabel, parts: [] }).get(r.other)!).parts.push(r);
  const items = [...byOther].slice(0, 60).map(([other, { label, parts }]) => {
    const codes = dyadCodes(ctx.key, other);
    const summary = parts
      .map((p) =>
        p.type === 'DYAD'
          ? `${plural(p.count ?? 0, 'event')} ${p.direction === 'out' ? 'to' : 'from'}`
          : `${humanize(p.type.toLowerCase())} ${p.direction === 'out' ? '→' : '←'}`,
      )
      .join(', ');
    const open = () => (codes ? a.openDyad(codes[0], codes[1]) : a.openNode(other));
    return h(
      'li',
      {},
      h('button', { type: 'button', class: 'link', 'data-other': other, onclick: open }, label),
      ' ',
      h('span', { class: 'muted' }, summary),
    );
  });
  return h(
    'div',
    {},
    h('h3', {}, `Relations in view (${byOther.size})`),
    items.length
      ? h('ul', { class: 'list', id: 'node-relations' }, ...items)
      : h('p', { class: 'muted' }, 'None drawn with the current filters.'),
  );
}

function leaderList(title: string, leaders: JsonObject[], a: PanelActions): HTMLElement {
  return h(
    'div',
    {},
    h('h3', {}, title),
    h(
      'ul',
      { class: 'list' },
      ...leaders.map((l) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`Leader:${s(l.key)}`) }, s(l.name)),
          ' ',
          h(
            'span',
            { class: 'muted' },
            `${s(l.title) || humanize(s(l.role))} · ${formatPeriod(asString(l.start), asString(l.end), Boolean(l.current))}`,
          ),
        ),
      ),
    ),
  );
}

async function stateDetails(code: string, a: PanelActions): Promise<HTMLElement[]> {
  const [d, officials] = await Promise.all([api.state(code), stateOfficials(code, a).catch(() => [])]);
  const state = asObject(d.state);
  const leaders = uniqueOffices(arr(d.leaders));
  const current = leaders.filter((l) => l.current);
  return [
    propList(displayProperties(state, ['name', 'aliases', 'demonyms', 'source', 'kind'])),
    h('p', { class: 'muted' }, `Also known as: ${asTexts(state.aliases).slice(0, 8).join(', ') || '—'}`),
    leaderList('Current leaders', current, a),
    ...officials,
    leaderList('Past leaders', leaders.filter((l) => !l.current).slice(0, 40), a),
    h('h3', {}, 'Borders'),
    h(
      'p',
      {},
      ...arr(d.borders).flatMap((b, i) => [
        i ? ', ' : '',
        h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${s(b.code)}`) }, s(b.name)),
      ]),
    ),
    h('h3', {}, 'Memberships and bodies'),
    h(
      'ul',
      { class: 'list' },
      ...[...arr(d.memberships), ...arr(d.organizations)].map((m) =>
        h('li', {}, s(m.name), ' ', h('span', { class: 'muted' }, humanize(s(m.status ?? m.kind)))),
      ),
    ),
  ];
}

async function leaderDetails(key: string, a: PanelActions): Promise<HTMLElement[]> {
  const [d, offices] = await Promise.all([api.leader(key), personOffices(key, a).catch(() => [])]);
  const msg = (m: JsonObject, dir: 'to' | 'from') => {
    const other = asObject(m[dir]);
    return h(
      'li',
      {},
      `${humanize(s(m.kind))} ${dir} `,
      h('button', { type: 'button', class: 'link', onclick: () => a.openNode(s(other.uid)) }, s(other.name)),
      ' ',
      h('span', { class: 'muted' }, s(m.date) || 'undated'),
    );
  };
  return [
    propList(displayProperties(asObject(d.leader), ['name', 'key', 'sources'])),
    h('h3', {}, 'Offices'),
    h(
      'ul',
      { class: 'list' },
      ...uniqueOffices(arr(d.offices)).map((o) =>
        h(
          'li',
          {},
          `${s(o.title) || humanize(s(o.role))}, `,
          h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${s(o.code)}`) }, s(o.state)),
          ' ',
          h('span', { class: 'muted' }, formatPeriod(asString(o.start), asString(o.end), Boolean(o.current))),
        ),
      ),
    ),
    ...offices,
    h('h3', {}, 'Messages'),
    h('ul', { class: 'list' }, ...arr(d.sent).map((m) => msg(m, 'to')), ...arr(d.received).map((m) => msg(m, 'from'))),
  ];
}

async function organizationDetails(key: string, a: PanelActions): Promise<HTMLElement[]> {
  const d = await api.organization(key);
  const link = (uid: string, name: string) =>
    h('button', { type: 'button', class: 'link', onclick: () => a.openNode(uid) }, name);
  const home = asObjectOrNull(d.state);
  const parent = asObjectOrNull(d.parent);
  return [
    propList(displayProperties(asObject(d.organization), ['name', 'key', 'source', 'state', 'parent'])),
    ...(home ? [h('p', {}, 'Belongs to ', link(`State:${s(home.code)}`, s(home.name)))] : []),
    ...(parent ? [h('p', {}, 'Part of ', link(`Organization:${s(parent.key)}`, s(parent.name)))] : []),
    ...(arr(d.imposed).length
      ? [
          h('h3', {}, 'Sanctions imposed'),
          h(
            'ul',
            { class: 'list' },
            ...arr(d.imposed).map((x) =>
              h(
                'li',
                {},
                link(`Sanction:${s(x.key)}`, s(x.name)),
                ' ',
                h('span', { class: 'muted' }, asTexts(x.targets).join(', ')),
              ),
            ),
          ),
        ]
      : []),
    ...(arr(d.members).length ? [h('h3', {}, `Members (${arr(d.members).length})`)] : []),
  ];
}

async function sanctionDetails(key: string): Promise<HTMLElement[]> {
  const d = await api.sanction(key);
  const core = asObjectOrNull(d.sanction) ?? d;
  return [propList(displayProperties(core, ['name', 'key', 'source', 'evidence']))];
}

/** Loads what the API knows about a node of one of the kinds it describes; other nodes show their graph attributes only. */
async function details(key: string, a: PanelActions): Promise<HTMLElement[]> {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'State') return stateDetails(id, a);
  if (kind === 'Leader') return leaderDetails(id, a);
  if (kind === 'Organization') return organizationDetails(id, a);
  if (kind === 'Sanction') return sanctionDetails(id);
  return [];
}

/** The side panel for a node: its name, actions, what the API knows, and its relations in the current view. */
export async function renderNodePanel(el: HTMLElement, ctx: NodeContext, a: PanelActions): Promise<void> {
  const attrs = ctx.attributes ?? {};
  const title = s(attrs.label ?? attrs.name) || ctx.key.slice(ctx.key.indexOf(':') + 1);
  const kind = s(attrs.kind) || ctx.key.slice(0, ctx.key.indexOf(':'));
  const body = h('div', { id: 'node-details' }, h('p', { class: 'muted' }, 'Loading…'));
  el.replaceChildren(
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => a.close() }, '×'),
    h('h2', { id: 'panel-title' }, title),
    h('p', { class: 'muted' }, kind),
    actionsFor(ctx, a),
    body,
    relationsList(ctx, a),
  );
  try {
    const parts = await details(ctx.key, a);
    body.replaceChildren(...(parts.length ? parts : [propList(displayProperties(attrs, ['kind', 'degree', 'fixed']))]));
  } catch (e) {
    body.replaceChildren(h('p', { class: 'error' }, `Could not load the details: ${(e as Error).message}`));
  }
}
