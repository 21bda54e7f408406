// The events, messages and sanctions a source supports, whose corroboration changes when it is replaced.
// params: source
// columns: events, messages, sanctions
// mode: read
OPTIONAL MATCH (s:Source {key: $source})
RETURN [(s)<-[:FROM]-(e:Event) | e.id] AS events, [(s)<-[:FROM]-(m:Message) | m.id] AS messages,
       [(s)<-[:FROM]-(n:Sanction) | n.key] AS sanctions
