// Browser tests first, on the graph as global setup leaves it (reference world and seed article): their screenshot
// references were taken on that graph, and integration tests may leave facts of their own behind.
import Sequencer from '@jest/test-sequencer';

const e2eFirst = (sorted) =>
  [...sorted].sort((a, b) => (b.path.endsWith('.e2e.test.ts') ? 1 : 0) - (a.path.endsWith('.e2e.test.ts') ? 1 : 0));

export default class BrowserFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return sorted instanceof Promise ? sorted.then(e2eFirst) : e2eFirst(sorted);
  }
}
