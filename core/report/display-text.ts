// Makes record text safe to print: control characters become visible placeholders instead of
// vanishing or breaking layout. Markup-like text is kept as written (a PDF never runs it).

/**
 * `text` with C0 controls (except line feed) shown as their Control Pictures symbol (U+0007 →
 * U+2407 ␇), DEL as ␡, C1 controls and lone surrogates as U+FFFD �. Tabs become a space.
 */
export function displayText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) out += '\n';
    else if (code === 0x09) out += ' ';
    else if (code === 0x0d) out += text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (code < 0x20) out += String.fromCharCode(0x2400 + code);
    else if (code === 0x7f) out += '\u2421';
    else if (code >= 0x80 && code <= 0x9f) out += '\uFFFD';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i += 1;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
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
