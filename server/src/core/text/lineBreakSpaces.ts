/**
 * A regular expression's source with each space between words, outside character classes, read as
 * a space or a line break (LF or CRLF): hard-wrapped text breaks a phrase across lines ("the
 * Vilnius" at a line's end, "summit" opening the next), and a pattern written with spaces should
 * still find it.
 */
export function lineBreakSpaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? GAP : c;
  }
  return out;
}

/** A space, or a line break where hard-wrapped text breaks a line. */
const GAP = String.raw`(?: |\r?\n)`;
