import type { z } from 'zod';
import { AppError } from '../use-cases/app-error.ts';

/** Parses one part of a request; a failure is a 400 that names each bad field. */
export function validateInput<S extends z.ZodType>(
  part: 'params' | 'query' | 'body',
  schema: S,
  value: unknown,
): z.output<S> {
  const parsed = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${[part, ...i.path].join('.')}: ${i.message}`);
  throw new AppError(400, 'invalid_input', problems.join('; '));
}
