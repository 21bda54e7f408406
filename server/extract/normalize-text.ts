// Normalised text is what gets hashed and stored, and what every offset points into.
import { createHash } from 'node:crypto';
import { BinaryInputError } from './errors.ts';

/** NFC, Unix newlines, no NULs or other control characters (tabs kept), trimmed. */
export function normalizeText(raw: string, what = 'document'): string {
  const sample = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
  }
  if (sample.length > 0 && junk / sample.length > 0.05) throw new BinaryInputError(what, junk / sample.length);
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters (but tab and newline) are what is removed.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g, '')
      .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
      .trim()
  );
}

/** sha256 hex of the normalised text: the document's content identity. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Share of letters that are Latin script; low values mean another language or script. */
export function latinShare(text: string): number {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let letters = 0;
  let latin = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    // ASCII letters are Latin and everything else ASCII is no letter: skip the regexes for them.
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters === 0 ? 0 : latin / letters;
}
