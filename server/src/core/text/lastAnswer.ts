/**
 * `compute` with its last text and answer kept: for readings asked again at once about the text just
 * read (a proposal's parties and subject read the text its title was read from). Texts are compared
 * by value, so an equal string cut anew finds the answer too; the last text is held until the next.
 */
export function lastAnswer<V>(compute: (text: string) => V): (text: string) => V {
  let lastText: string | undefined;
  let last: V;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last;
  };
}
