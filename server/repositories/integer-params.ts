import neo4j, { type Integer } from 'neo4j-driver';

/** JS numbers travel to Neo4j as floats; LIMIT, SKIP and integer comparisons need Cypher integers. */
export const int = (n: number): Integer => neo4j.int(n);
export const intOrNull = (n: number | null): Integer | null => (n === null ? null : neo4j.int(n));
