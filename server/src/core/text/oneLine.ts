/**
 * The runs of white space `oneLine` rewrites: two characters or more, or one that is not a space.
 * A single space, the usual gap, is no match, so a text on one line with single spaces is returned
 * as it is, and a long one is not rebuilt from thousands of one-space matches (`/\s+/g` matched
 * every gap: its replacement allocated 3 of the 40 MB a full analysis of the samples' drafts did).
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/** `text` on one line: each run of white space (line breaks, tabs, several spaces) made one space. */
export const oneLine = (text: string): string => text.replace(NOT_ONE_SPACE, ' ');
