import { codeAt } from '../kb/names';

/**
 * Markdown footnotes as references are written: a definition line, "[^1]: Smith, J. (2024). …", and
 * a marker after a word, "The INF Treaty[^1]".
 */

/** The opening of a footnote's definition: "[^1]:", "[^note]:". */
const DEFINITION = /^\s*\[\^[^\]\s]+\]:/;
/** A footnote marker: "[^1]", "[12]". */
const MARKER = /^\[\^?[\w-]{1,12}\]/;

/** The text of the line that holds `at`, up to `at`. */
export const lineBefore = (text: string, at: number): string => text.slice(text.lastIndexOf('\n', at - 1) + 1, at);

/** The length of a footnote definition's opening at the start of `line` ("[^1]: "), or -1. */
export function footnoteDefinitionLength(line: string): number {
  return DEFINITION.exec(line)?.[0].length ?? -1;
}

/** Where the text goes on after a footnote marker at `end` ("[^1]", "[12]"), or `end` where there is none. */
export function pastFootnoteMarker(text: string, end: number): number {
  if (codeAt(text, end) !== 91 /* [ */) return end;
  return end + (MARKER.exec(text.slice(end, end + 16))?.[0].length ?? 0);
}
