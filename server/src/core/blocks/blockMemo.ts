/** Remembers per-paragraph results by paragraph text, so unchanged paragraphs are not re-analysed. */
export class BlockMemo {}
