// Makes record text safe to print: control characters become a visible placeholder instead of
// vanishing or breaking layout. Markup-like text is kept as written (a PDF never runs it).

/** The placeholder printed for a character that cannot be shown (U+FFFD REPLACEMENT CHARACTER). */
export const PLACEHOLDER = '\uFFFD';

/**
 * `text` as it should print: line feeds kept (CR LF and lone CR become LF), tabs become a space,
 * every other C0 control, DEL, C1 control and lone surrogate becomes the placeholder �.
 */
export function displayText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) out += '\n';
    else if (code === 0x09) out += ' ';
    else if (code === 0x0d) out += text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += PLACEHOLDER;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i += 1;
      } else out += PLACEHOLDER;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += PLACEHOLDER;
    else out += text[i];
  }
  return out;
}

/** `displayText` for optional text: blank or missing gives null. */
export function optionalText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = displayText(text).trim();
  return cleaned === '' ? null : cleaned;
}
