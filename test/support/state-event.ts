/** A state-to-state event as a line of a record file (server/ingest/user-records/FORMAT.md) gives it. */
export const stateEvent = (actor: string, target: string, cameo: string, date: string) => ({
  type: 'event',
  actor: { kind: 'State', key: actor },
  target: { kind: 'State', key: target },
  cameo,
  date,
});
