/** Base of the ingest service's errors: each names the source or file it concerns. */
export class IngestServiceError extends Error {
  override name = 'IngestServiceError';
}

/** A feed could not be fetched: network error, timeout, an HTTP status other than 200/304, or too large. */
export class FeedFetchError extends IngestServiceError {
  override name = 'FeedFetchError';
}

/** A feed was fetched but is not RSS 2.0, Atom or JSON Feed. */
export class FeedParseError extends IngestServiceError {
  override name = 'FeedParseError';
}

/** The sources file or a source sent to the API is malformed. */
export class SourceConfigError extends IngestServiceError {
  override name = 'SourceConfigError';
}
