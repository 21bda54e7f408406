// Which shipped data sets are loaded. The non-commercial set (data/noncommercial/, CC BY-NC 4.0)
// is loaded unless STATEGRAPH_NONCOMMERCIAL_DATA=exclude; any other value is an error naming it.
import { ConfigError } from './config-error.ts';

export interface DataOptions {
  nonCommercial: boolean;
}

export function readDataOptions(env: NodeJS.ProcessEnv = process.env): DataOptions {
  const v = (env.STATEGRAPH_NONCOMMERCIAL_DATA ?? '').trim();
  if (v === '' || v === 'include') return { nonCommercial: true };
  if (v === 'exclude') return { nonCommercial: false };
  throw new ConfigError(
    `stategraph/config: invalid setting STATEGRAPH_NONCOMMERCIAL_DATA: expected include or exclude, got "${v}"`,
  );
}
