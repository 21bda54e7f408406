import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Artifact {
  group: string;
  artifact: string;
  version: string;
  classifier: string | null;
  sha1: string;
}

export const NEO4J_VERSION = '5.26.30';
const listFile = fileURLToPath(new URL('./neo4j-artifacts.txt', import.meta.url));

/** The jars Maven resolves for org.neo4j:neo4j, pinned with their SHA-1 so any fetch path gives the same server. */
export function readArtifactList(file = listFile): Artifact[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [group, artifact, version, classifier, sha1] = line.trim().split(/\s+/);
      if (!group || !artifact || !version || !classifier || !sha1) {
        throw new Error(`stategraph/neo4j/provision: malformed artifact line ${i + 1} in ${file}`);
      }
      return { group, artifact, version, classifier: classifier === '-' ? null : classifier, sha1 };
    });
}

export function jarName(a: Artifact): string {
  return `${a.artifact}-${a.version}${a.classifier ? `-${a.classifier}` : ''}.jar`;
}

export function centralUrl(a: Artifact): string {
  return `https://repo.maven.apache.org/maven2/${a.group.replaceAll('.', '/')}/${a.artifact}/${a.version}/${jarName(a)}`;
}
