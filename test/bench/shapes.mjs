// Documents of unusual shape, for the benchmark's check that time grows linearly with size whatever
// the text looks like: each repeats one pattern under which some step re-read, or could re-read, the
// text it had already read. `shape(size)` returns a text of that many characters.
import { createRequire } from 'node:module';
import { generate } from './corpus.mjs';

const repeated = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export const SHAPES = {
  /** The synthetic corpus with its paragraph breaks removed: a few very long paragraphs. */
  'one long paragraph': (size) => generate(size, 11).replace(/\n\n(?=[A-Z])/g, ' '),
  /** A numbered list with a sub-list under every item: each sub-list asked about its whole parent list. */
  'list with sub-lists': (size) => repeated('- NATO should fund the mission:\n  - in Poland\n  - in Georgia\n', size),
  /** Ordinal proposals in one paragraph: each proposal looked through all of the paragraph's mentions. */
  'ordinals in one paragraph': (size) => repeated('First, NATO should act. Second, Russia must withdraw from Crimea. ', size),
  /** Ordinals set off by commas after a modal, without a full stop: each searched back to the paragraph's start for its sentence. */
  'ordinals after a modal, no full stops': (size) => repeated('we should, first, fund NATO, and we must, second, ', size),
  /** A paragraph without a full stop that ends with a colon: its last sentence was searched forwards. */
  'no full stops, then a colon': (size) => `${repeated('the allies should press Moscow and Kyiv on the grain corridor, ', size - 1)}:`,
  /** Brackets that never close inside a name: each looked for the ")" of an aside ("(INF)") to the end of the paragraph. */
  'unclosed brackets': (size) => repeated('the Intermediate-Range Nuclear Forces (as ', size),
  /**
   * Counts of members, capitals, places of signing and owned titles in one paragraph, most of them
   * wrong, beside a state that joined NATO: member-count read the paragraph's mentions for each claim
   * and its years from the paragraph's start, until the forty-fourth round bounded both. The
   * forty-fifth round added anniversaries and ages.
   */
  'claims in one paragraph': (size) =>
    repeated(
      "In 2019 Finland met NATO's 30 members. NATO's 30 members met. Istanbul, the Turkish capital, hosted talks. The INF Treaty, signed in Moscow, ended. UN Secretary-General Mark Rutte spoke. NATO marks its 70th anniversary this year, 20 years since the Budapest Memorandum. John Kerry, 80, and the late John Kerry spoke. ",
      size,
    ),
  /** Link openers that never close: each looked for the end of a link target to the end of the paragraph. */
  'unclosed link targets': (size) => repeated('see [the Charter]( Russia ', size),
  /**
   * The prose with a sentence every 16 KB that names another of the names the built-in knowledge
   * base lists as ambiguous, so that twice the text names twice as many: each such name searched the
   * whole document for its entries' context words until the eightieth round indexed its words.
   */
  'a new ambiguous name every 16 KB': (size) => {
    const names = ambiguousNames();
    const paragraphs = generate(size, 13).split('\n\n');
    const every = Math.max(1, Math.round(paragraphs.length / (size / 16384)));
    for (let k = 0, n = 0; k < paragraphs.length; k += every, n++) paragraphs[k] += ` Officials discussed ${names[n % names.length]} again.`;
    return paragraphs.join('\n\n').slice(0, size);
  },
};

let ambiguous;
/** The names the built-in knowledge base lists under `ambiguous`, in its order. */
function ambiguousNames() {
  if (!ambiguous) {
    const core = createRequire(import.meta.url)('../../out/server/src/core/index.js');
    ambiguous = [...core.loadKnowledgeBase(core.builtinKbFiles).kb.entries.values()].flatMap((entry) => entry.ambiguous);
  }
  return ambiguous;
}
