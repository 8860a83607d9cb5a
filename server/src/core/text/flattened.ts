/**
 * `text`, which V8 then holds as one string. A string built by `+` or a template is a tree in V8, a
 * node per concatenation over its pieces (a finding's message is a dozen objects), and findings and
 * titles are kept for as long as their block, so each young-generation collection that copies them
 * copies every piece. Reading a character of such a tree makes V8 copy it into one flat string, and
 * the next collection drops the tree. Used where the copy is smaller than the tree it replaces.
 */
export function flattened(text: string): string {
  // (a string read past its end would make V8 compile this read as a call)
  if (text.length > 0) text.charCodeAt(0);
  return text;
}
