import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The checkout's root, found from this file so commands work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const dataDir = path.join(projectRoot, 'data');
export const cypherDir = path.join(projectRoot, 'cypher');
export const defaultCacheDir = path.join(projectRoot, '.cache');
