// One uniqueness constraint per node key; each also gives the key an index for MERGE.
// Every actor node also carries :Entity with uid "<Label>:<key>", so one lookup serves any kind of actor.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT state_code IF NOT EXISTS FOR (n:State) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT leader_key IF NOT EXISTS FOR (n:Leader) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sanction_key IF NOT EXISTS FOR (n:Sanction) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT message_id IF NOT EXISTS FOR (n:Message) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT occasion_key IF NOT EXISTS FOR (n:Occasion) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
