import { describe, expect, it } from '@jest/globals';
import { centralUrl, jarName, readArtifactList } from '../../../../server/neo4j/provision/read-artifact-list.ts';

describe('the pinned Neo4j artifact list', () => {
  const list = readArtifactList();

  it('holds the server jar and its dependencies, each with a SHA-1', () => {
    expect(list.length).toBe(213);
    expect(list.find((a) => a.artifact === 'neo4j' && a.group === 'org.neo4j')?.version).toBe('5.26.30');
    for (const a of list) expect(a.sha1).toMatch(/^[0-9a-f]{40}$/);
    expect(new Set(list.map(jarName)).size).toBe(list.length);
  });

  it('names each jar by its Maven Central path, classifier included', () => {
    const epoll = list.find((a) => a.artifact === 'netty-transport-native-epoll' && a.classifier === 'linux-x86_64')!;
    expect(centralUrl(epoll)).toBe(
      `https://repo.maven.apache.org/maven2/io/netty/netty-transport-native-epoll/${epoll.version}/netty-transport-native-epoll-${epoll.version}-linux-x86_64.jar`,
    );
  });
});
