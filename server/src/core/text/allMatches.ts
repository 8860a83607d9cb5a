import { EMPTY_LIST } from './emptyList';

/**
 * Every match of a global pattern in a text, found with `exec` on the pattern itself. `matchAll`
 * copies the pattern at each call, which costs as much as the search itself in a short paragraph,
 * and the rules search thousands of paragraphs.
 */
export function allMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  // most paragraphs match nothing, and share one empty list
  let found: RegExpExecArray[] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    (found ??= []).push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found ?? NO_MATCHES;
}

const NO_MATCHES: readonly RegExpExecArray[] = EMPTY_LIST;
