/**
 * An error a use-case raises on purpose: it carries the HTTP status and a stable code,
 * so the API can answer with `{"error": {"code", "message"}}` and nothing more.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'not_found', `no ${what}`);
export const badRequest = (message: string, code = 'bad_request'): AppError => new AppError(400, code, message);
