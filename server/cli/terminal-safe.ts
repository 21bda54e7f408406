/**
 * Text for a terminal: control characters (which can move the cursor, retitle the window or hide text) and
 * bidirectional overrides shown as escapes, so binary input can only ever print as visible characters.
 */
export const terminalSafe = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is what this function is for.
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
