/**
 * A regular expression's source (for the `u` flag, without `i`) in which each letter property,
 * `\p{L}`, `\p{Lu}` or `\p{Ll}`, alone or in a character class, tests ASCII letters first: V8's
 * irregexp tests a class with a Unicode property by a call into C++ at each character it reads
 * (about 35 ns), and an ASCII range inline. The same strings match, in the same way: a class
 * `[C]` becomes `(?:[A]|(?![\x00-\x7f]|[A])[C])`, where `A` is `C` with each property's ASCII
 * letters in its place. The two branches take no character in common, so a failing match tries no
 * more ways than before: were the second branch to take what the first takes (the "’" in
 * `[\p{L}'’-]`), a run of such characters before a failure would be tried both ways each, 2^n ways.
 * Negated classes are left as written.
 */
export function asciiLettersFirst(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = escapeAt(source, i);
      const ascii = ASCII_LETTERS[escape];
      out += ascii === undefined ? escape : `(?:[${ascii}]${PAST_ASCII}${escape})`;
      i += escape.length - 1;
    } else if (c === '[') {
      const body = classBodyAt(source, i + 1);
      const whole = `[${body}]`;
      const ascii = body.startsWith('^') ? body : asciiClassBody(body);
      out += ascii === body ? whole : String.raw`(?:[${ascii}]|(?![\x00-\x7f]|[${ascii}])${whole})`;
      i += whole.length - 1;
    } else out += c;
  }
  return out;
}

/** The second branch's lookahead for a property alone: it takes no ASCII character, as the first branch takes only those. */
const PAST_ASCII = String.raw`|(?![\x00-\x7f])`;

/** The ASCII letters of each letter property, as a class body. */
const ASCII_LETTERS: Readonly<Record<string, string>> = { '\\p{L}': 'A-Za-z', '\\p{Lu}': 'A-Z', '\\p{Ll}': 'a-z' };

/** The escape that starts at `at` (a backslash): a property with its braces, else two characters. */
function escapeAt(source: string, at: number): string {
  const kind = source[at + 1];
  if ((kind === 'p' || kind === 'P') && source[at + 2] === '{') return source.slice(at, source.indexOf('}', at) + 1);
  return source.slice(at, at + 2);
}

/** The body of the class whose `[` ends at `start`, up to its unescaped `]`. */
function classBodyAt(source: string, start: number): string {
  let i = start;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? escapeAt(source, i).length : 1;
  return source.slice(start, i);
}

/** A class body with each letter property replaced by its ASCII letters (the body itself when it has none). */
function asciiClassBody(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      out += body[i];
      continue;
    }
    const escape = escapeAt(body, i);
    out += ASCII_LETTERS[escape] ?? escape;
    i += escape.length - 1;
  }
  return out;
}
