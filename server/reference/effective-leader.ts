/** What the leader data sets (REIGN, Archigos) say every spell is: the state's effective leader, whatever the title. */
export const EFFECTIVE_LEADER = { role: 'effective', title: 'Effective leader' } as const;
