// Typed errors so the CLI can tell bad input from a bug. Messages start with
// the module that raised them, e.g. "stategraph/extract/parse-input: …".

export type ExtractErrorCode =
  'parse_input' | 'empty_document' | 'binary_input' | 'too_large' | 'bad_gazetteer' | 'bad_lexicon';

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  readonly module: string;
  constructor(code: ExtractErrorCode, module: string, message: string) {
    super(`stategraph/extract/${module}: ${message}`);
    this.name = 'ExtractError';
    this.code = code;
    this.module = module;
  }
}

export class ParseInputError extends ExtractError {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super('parse_input', 'parse-input', line === undefined ? message : `${message} at line ${line}`);
    this.name = 'ParseInputError';
    this.line = line;
  }
}

export class EmptyDocumentError extends ExtractError {
  constructor(what: string) {
    super('empty_document', 'extract-document', `${what} has no text to extract from`);
    this.name = 'EmptyDocumentError';
  }
}

export class BinaryInputError extends ExtractError {
  constructor(what: string, share: number) {
    super(
      'binary_input',
      'normalize-text',
      `${what} looks like binary data (${Math.round(share * 100)}% control or replacement characters), not text`,
    );
    this.name = 'BinaryInputError';
  }
}

export class InputTooLargeError extends ExtractError {
  constructor(what: string, length: number, limit: number) {
    super('too_large', 'extract-document', `${what} has ${length} characters, more than the limit of ${limit}`);
    this.name = 'InputTooLargeError';
  }
}

export class GazetteerError extends ExtractError {
  constructor(message: string) {
    super('bad_gazetteer', 'build-gazetteer', message);
    this.name = 'GazetteerError';
  }
}

/** A lexicon data file that does not parse or validate; names the file and line. */
export class LexiconError extends ExtractError {
  constructor(file: string, line: number, message: string) {
    super('bad_lexicon', 'lexicon', `${file}:${line}: ${message}`);
    this.name = 'LexiconError';
  }
}
