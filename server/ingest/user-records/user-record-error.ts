// Every bad record of a file, as "file:line: field: what is wrong".
export interface RecordIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export class UserRecordError extends Error {
  readonly issues: RecordIssue[];
  constructor(issues: RecordIssue[]) {
    const lines = issues.map((i) => `${i.file}:${i.line}: ${i.field}: ${i.message}`);
    const records = new Set(issues.map((i) => `${i.file}:${i.line}`)).size;
    super(
      `stategraph/ingest/user-records: ${records} bad record${records === 1 ? '' : 's'}, nothing loaded\n${lines.join('\n')}`,
    );
    this.name = 'UserRecordError';
    this.issues = issues;
  }
}
