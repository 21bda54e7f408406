// The one slug function for leader keys ("Kim Jong-un" -> "kim-jong-un");
// the ingest reuses it so extracted and loaded leaders meet on one key.

/** Lower-case ASCII slug of a person's name: diacritics dropped, runs of other characters become "-". */
export function slugifyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
