// The officials parts of the panels: a person's every office of a state or body, with dates, and a
// state's officials of today by role (GET /api/people/:id, GET /api/states/:code/officials).
import { api } from '../api/client.ts';
import { asObjects, asString, asText, type JsonObject } from '../api/json.ts';
import { h } from '../app/dom.ts';
import type { PanelActions } from './types.ts';
import { formatPeriod, humanize } from './utils.ts';

const arr = asObjects;
const s = (v: unknown): string => asText(v) ?? '';

/** "Minister (defence)", "Envoy to NPL". */
function roleLabel(o: JsonObject): string {
  const role = humanize(s(o.role));
  if (o.portfolio) return `${role} (${humanize(s(o.portfolio)).toLowerCase()})`;
  if (o.postedTo) return `${role} to ${s(o.postedTo)}`;
  return role;
}

/** Every office a person held, newest first, each with the state or body it was held for. */
export async function personOffices(key: string, a: PanelActions): Promise<HTMLElement[]> {
  const d = await api.person(key);
  const offices = arr(d.offices);
  if (offices.length === 0) return [];
  const holderUid = (o: JsonObject) => `${s(o.holderKind)}:${s(o.holder)}`;
  return [
    h('h3', {}, `Every office (${offices.length})`),
    h(
      'ul',
      { class: 'list', id: 'person-offices' },
      ...offices
        .slice(0, 80)
        .map((o) =>
          h(
            'li',
            {},
            `${s(o.office) || roleLabel(o)}, `,
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => a.openNode(holderUid(o)) },
              s(o.holderName) || s(o.holder),
            ),
            ' ',
            h('span', { class: 'muted' }, formatPeriod(asString(o.start), asString(o.end), Boolean(o.current))),
          ),
        ),
    ),
  ];
}

/** A state's officials of today, grouped by role. */
export async function stateOfficials(code: string, a: PanelActions): Promise<HTMLElement[]> {
  const d = await api.officials(code);
  const roles = arr(d.roles);
  if (roles.length === 0) return [];
  return [
    h('h3', {}, 'Officials today'),
    h(
      'dl',
      { class: 'props', id: 'state-officials' },
      ...roles.flatMap((r) => [
        h('dt', {}, humanize(s(r.role))),
        h(
          'dd',
          {},
          ...arr(r.officials)
            .slice(0, 30)
            .flatMap((o, i) => [
              i ? ', ' : '',
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => a.openNode(`Leader:${s(o.key)}`) },
                s(o.name),
              ),
              o.portfolio || o.postedTo
                ? ` (${s(o.portfolio ? humanize(s(o.portfolio)).toLowerCase() : o.postedTo)})`
                : '',
            ]),
        ),
      ]),
    ),
  ];
}
