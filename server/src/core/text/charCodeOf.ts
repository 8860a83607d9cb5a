const CHAR_CODE_AT = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(i)`, for the few functions that meet strings of every kind: the knowledge
 * base's names (whole, joined, internalized) while it compiles, and the blocks' texts while the
 * analysis runs. V8 learns at each `text.charCodeAt` which kinds of string it has
 * seen; past four, its optimized code looks the method up by a slow generic search at every read,
 * for every character of a loop (`bench:instructions -- --functions` shows it as
 * `Builtins_LoadIC_Megamorphic`: 1.5 % of an analysis of the samples' drafts). Called through
 * `call`, the method is known and no look-up is made; V8 reads the character as it would for one
 * kind of string.
 */
export const charCodeOf = (text: string, i: number): number => CHAR_CODE_AT.call(text, i);
