/**
 * Cuts a document into blocks: front matter, headings, paragraphs, list items, code and comments.
 * A block is the unit of analysis: its results depend only on its own text, so an unchanged
 * block is never re-analysed after a keystroke elsewhere. One linear pass over the lines.
 */

import { isSpaceAt } from '../kb/names';
import { BlockListBuilder, type BlockList } from './blockList';

export type BlockKind = 'frontmatter' | 'heading' | 'paragraph' | 'item' | 'code' | 'comment';

export interface Block {
  readonly kind: BlockKind;
  /** Offsets of the block's text: from its first character to the end of its last line (no line break). */
  readonly start: number;
  readonly end: number;
  /** Heading level 1–6 for headings; indentation in columns for list items. */
  readonly level: number;
}

const LIST_ITEM = /^ {0,12}(?:[-*+•]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([a-z]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)])[ \t]+\S/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A line of the text: where it starts, where its content ends (before any line break), and that content. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** The longest line read as a heading written in capitals. */
const CAPS_HEADING_MAX = 60;

/**
 * Whether a paragraph is one line of capitals, as plain-text memos write their headings
 * ("BACKGROUND", "OPTIONS AND RECOMMENDATION", "ANNEX A: TIMELINE"): a capital first, no lowercase
 * letter or line break, at least four letters, and no full stop at its end ("NO." is a sentence).
 */
function isCapsHeading(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90 || text.charCodeAt(end - 1) === 46 /* . */) return false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c >= 97 && c <= 122)) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && text[i] !== text[i]!.toUpperCase()) return false;
  }
  return letters >= 4;
}

/** Whether a line is white space only, read in place (`trim` made a string of every line). */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpaceAt(line, i)) return false;
  return true;
}

/** The spaces a line opens with: a list item's indentation, which `LIST_ITEM` allows up to twelve of. */
function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

/** Splits the document into blocks, in order. Never throws. */
export function splitBlocks(text: string): BlockList {
  // room for a block per 200 characters, about what prose has; the columns double when full
  const blocks = new BlockListBuilder(Math.ceil(text.length / 200));
  // the block being read, one object rewritten for each block (an object per block was a tenth of
  // what the split allocated), and whether there is one
  const open: { kind: BlockKind; start: number; end: number; level: number } = { kind: 'paragraph', start: 0, end: 0, level: 0 };
  let isOpen = false;
  let fence: string | undefined;
  let inComment = false;
  let first = true;
  let inFrontMatter = false;

  const close = () => {
    if (!isOpen) return;
    // "RECOMMENDATIONS", alone between blank lines: a plain-text memo's heading
    if (open.kind === 'paragraph' && open.end - open.start <= CAPS_HEADING_MAX && isCapsHeading(text, open.start, open.end)) {
      open.kind = 'heading';
      open.level = 2;
    }
    blocks.push(open.kind, open.start, open.end, open.level);
    isOpen = false;
  };
  const startBlock = (kind: BlockKind, line: Line, level = 0) => {
    close();
    open.kind = kind;
    open.start = line.start;
    open.end = line.end;
    open.level = level;
    isOpen = true;
  };

  // one line object, rewritten for each line: a generator made an object and a result per line
  const line: Line = { start: 0, end: 0, text: '' };
  for (let next = 0; next <= text.length; ) {
    let lineEnd = text.indexOf('\n', next);
    if (lineEnd === -1) lineEnd = text.length;
    line.start = next;
    line.end = lineEnd > next && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    next = lineEnd === text.length ? text.length + 1 : lineEnd + 1;
    // outside front matter, code and comments, a line that opens with a capital continues or starts
    // a paragraph: no front matter fence, code fence, comment, heading, underline or list marker
    // starts with one, and most lines of prose do; it is not cut out of the text
    // an empty last line starts at the text's end: no read past it (one makes V8 compile such reads as calls)
    const c = line.start < text.length ? text.charCodeAt(line.start) : -1;
    if (c >= 65 && c <= 90 && !inFrontMatter && fence === undefined && !inComment) {
      first = false;
      if (isOpen) open.end = line.end;
      else startBlock('paragraph', line);
      continue;
    }
    line.text = text.slice(line.start, line.end);
    const isFirst = first;
    first = false;
    if (isFirst && /^---[ \t]*$/.test(line.text)) {
      inFrontMatter = true;
      startBlock('frontmatter', line);
      continue;
    }
    if (inFrontMatter) {
      open.end = line.end;
      if (/^(---|\.\.\.)[ \t]*$/.test(line.text)) {
        inFrontMatter = false;
        close();
      }
      continue;
    }
    if (fence !== undefined) {
      open.end = line.end;
      if (line.text.trimStart().startsWith(fence)) {
        fence = undefined;
        close();
      }
      continue;
    }
    if (inComment) {
      open.end = line.end;
      if (line.text.includes('-->')) {
        inComment = false;
        close();
      }
      continue;
    }
    // each pattern below but LIST_ITEM needs one character after the line's spaces: the patterns run
    // only where it stands there (a treaty text's items and blank lines met all five in turn)
    const lead = leadingSpaces(line.text);
    // -1 on a blank line: reading past a string's end deopts the whole loop in a fresh process
    const leadCode = lead < line.text.length ? line.text.charCodeAt(lead) : -1;
    const fenceMatch = lead <= 3 && (leadCode === 96 /* ` */ || leadCode === 126) /* ~ */ ? FENCE.exec(line.text) : null;
    if (fenceMatch) {
      startBlock('code', line);
      fence = fenceMatch[1]![0]!.repeat(3);
      continue;
    }
    if ((leadCode === 60 /* < */ || (leadCode !== -1 && isSpaceAt(line.text, lead))) && /^\s*<!--/.test(line.text)) {
      startBlock('comment', line);
      if (!line.text.includes('-->')) inComment = true;
      else close();
      continue;
    }
    if (isBlank(line.text)) {
      close();
      continue;
    }
    const atx = lead <= 3 && leadCode === 35 /* # */ ? ATX_HEADING.exec(line.text) : null;
    if (atx) {
      startBlock('heading', line, atx[1]!.length);
      close();
      continue;
    }
    const underline = lead <= 3 && (leadCode === 61 /* = */ || leadCode === 45) /* - */ ? SETEXT_UNDERLINE.exec(line.text) : null;
    if (underline && isOpen && open.kind === 'paragraph' && !text.slice(open.start, open.end).includes('\n')) {
      open.kind = 'heading';
      open.level = underline[1]![0] === '=' ? 1 : 2;
      close();
      continue;
    }
    // `test`, and the indentation counted: an item's match array was most of what a treaty text's split allocated
    if (LIST_ITEM.test(line.text)) {
      startBlock('item', line, leadingSpaces(line.text));
      continue;
    }
    if (isOpen) open.end = line.end;
    else startBlock('paragraph', line);
  }
  close();
  return blocks.finish();
}
