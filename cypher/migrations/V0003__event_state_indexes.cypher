// A state's relations are read by the state on either side and the date, without walking its leaders and bodies.
CREATE INDEX event_actor_state_date IF NOT EXISTS FOR (n:Event) ON (n.actorState, n.date);
CREATE INDEX event_target_state_date IF NOT EXISTS FOR (n:Event) ON (n.targetState, n.date);
