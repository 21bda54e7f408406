/** A setting is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
