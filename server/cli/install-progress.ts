import type { Progress } from '../neo4j/provision/install-neo4j.ts';

/** Progress of the first Neo4j download, as one updating line on a terminal and sparse lines elsewhere. */
export function installProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let lastPhase = '';
  return (done, total, what) => {
    const phase = what.startsWith('verified') ? 'verifying Neo4j jars' : 'downloading Neo4j jars';
    if (stream.isTTY) {
      stream.write(`\r${phase}: ${done}/${total}${done === total ? '\n' : ''}`);
    } else if (phase !== lastPhase || done === total || done % 50 === 0) {
      stream.write(`${phase}: ${done}/${total}\n`);
    }
    lastPhase = phase;
  };
}
