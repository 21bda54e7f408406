import { describe, expect, it } from '@jest/globals';
import { checkJava, JavaMissingError } from '../../../../server/neo4j/provision/check-java.ts';

describe('checkJava', () => {
  it('finds the Java 17+ runtime of this machine', () => {
    expect(checkJava().major).toBeGreaterThanOrEqual(17);
  });

  it('when no Java is found, says how to get one or how to use another Neo4j instead', () => {
    const env = { JAVA_HOME: '/nonexistent/jdk' };
    expect(() => checkJava(env)).toThrow(JavaMissingError);
    expect(() => checkJava(env)).toThrow(/openjdk-17-jre-headless[\s\S]*NEO4J_URI/);
  });
});
