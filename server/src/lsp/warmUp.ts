import { PieceDocument } from './pieceDocument';

/**
 * Documents at least this long are warmed up. The first keystrokes in a long document run code V8
 * has not optimized yet over thousands of blocks and proposals: in process, the slowest of the first
 * 20 took 36 ms in a 1 MB treaty text (under 4 once warm), 6 ms at 256 KB and 5 at 100 KB, where a
 * warm-up would not be worth its work.
 */
export const WARM_UP_MIN_LENGTH = 256 * 1024;
/**
 * At how many places a warm-up types, each place's keystrokes followed by the document as it is. In
 * process, ten one-keystroke edits took the slowest of the first 20 keystrokes in a 1 MB treaty text
 * from 35 to 9 ms, for 0.14 s of analysis (opening it took 0.6 s). Forty rather than ten: after ten,
 * V8 was still optimizing the keystroke paths, and the first keystrokes after a reader's pause took
 * 2.46–4.66 ms p95 of the server's work in 1 MB of prose and 3.43–3.82 in the treaty text, against
 * 2.15–3.55 and 2.31–2.81 with forty (eight to twelve servers each way, in alternation), for
 * 0.32–0.36 s of analysis rather than 0.14–0.20, in turns as short as before.
 */
export const WARM_UP_PLACES = 40;
/**
 * How many keystrokes a warm-up types at each place, each analysed after the last, as typing is: an
 * edit of an edit keeps what the one before it moved (proposals, findings), which an edit of the
 * opened version never meets. With one, the first keystrokes typed mid-line in the treaty text met
 * V8 undoing code it had compiled for those paths (see the thirty-ninth round in bench/HISTORY.md).
 */
export const WARM_UP_KEYSTROKES = 2;
/** How long a document is left alone before its warm-up starts: a reader's pause, not a typist's. */
export const WARM_UP_IDLE_MS = 250;

/** What a warm-up needs from the server. */
export interface WarmUpHost {
  /** The open document's current version, or undefined once it is closed. */
  document(uri: string): PieceDocument | undefined;
  /**
   * Analyses `version` of the document at `uri` as a keystroke's analysis would: an edit the host
   * never sent, or the open version again. False when the document is not analysed (disabled).
   */
  analyze(uri: string, version: PieceDocument): Promise<boolean>;
  /** Builds the knowledge base's indexes that no text has needed yet (`Analyzer.prepare`). */
  prepareKnowledge(): void;
  /** Says that a document was warmed up, and what it took (the log tells where a long document's CPU went). */
  log(message: string): void;
  /** Says why a warm-up stopped on an error; a warm-up never fails a request. */
  error(message: string): void;
  /**
   * Collects what the opening and the warm-up left in the young generation, once a warm-up is
   * done and the user still reads (see `collectYoungGeneration` in `runtimeTuning.ts`).
   */
  collectGarbage(): void;
}

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  /** Places still to type at. */
  left: number;
  /** Time spent in the analyses so far, over every pause. */
  busyMs: number;
}

/**
 * Warms up the analysis of keystrokes in long documents while the user reads: once a long document
 * has been left alone for `WARM_UP_IDLE_MS`, it has the knowledge base's indexes built, then
 * analyses a few keystrokes typed at places spread over it, each place's followed by the document as
 * it is, one place per turn of the event loop: a request waits for one place's analyses at most, and
 * between turns the analyzer holds the open version, which the user's next keystroke edits. A change
 * to the document stops it; it starts again, with the places it has left, at the next pause. Once
 * done, it has the young generation collected, while the user still reads. Nothing is published:
 * the analyzer remembers the open version last, and the next keystroke is analysed as an edit of
 * it (incremental analysis equals a full one, a property test checks); the host's cache keeps the
 * opening's analysis of that version. A short document is not typed into; its pause only has the
 * knowledge base's indexes built that no text has needed yet.
 */
export class WarmUps {
  readonly #pending = new Map<string, Pending>();
  /**
   * The short documents not yet left alone since they opened, each with its timer: at their pause
   * the knowledge base's indexes are built, and nothing is typed. The first analysis builds only the
   * indexes it reads, and the others had been built in the keystroke that first needed one (the
   * misspelled-name rule's pairs of name words, about 30 ms, beside a slip in a longer name).
   */
  readonly #preparing = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #minLength: number;
  readonly #places: number;
  readonly #keystrokes: number;
  readonly #idleMs: number;

  /** The options are for tests; the server takes the defaults. */
  constructor(
    private readonly host: WarmUpHost,
    options: { readonly minLength?: number; readonly places?: number; readonly keystrokes?: number; readonly idleMs?: number } = {},
  ) {
    this.#minLength = options.minLength ?? WARM_UP_MIN_LENGTH;
    this.#places = options.places ?? WARM_UP_PLACES;
    this.#keystrokes = options.keystrokes ?? WARM_UP_KEYSTROKES;
    this.#idleMs = options.idleMs ?? WARM_UP_IDLE_MS;
  }

  opened(uri: string, length: number): void {
    if (length < this.#minLength) {
      this.#armPreparing(uri);
      return;
    }
    this.#pending.set(uri, { left: this.#places, busyMs: 0 });
    this.#arm(uri);
  }

  /** A change: the warm-up waits for the next pause. */
  changed(uri: string): void {
    if (this.#pending.has(uri)) this.#arm(uri);
    if (this.#preparing.has(uri)) this.#armPreparing(uri);
  }

  closed(uri: string): void {
    clearTimeout(this.#pending.get(uri)?.timer);
    this.#pending.delete(uri);
    clearTimeout(this.#preparing.get(uri));
    this.#preparing.delete(uri);
  }

  /** Has the knowledge base's indexes built once the short document at `uri` is left alone (`prepareKnowledge` builds only those missing). */
  #armPreparing(uri: string): void {
    clearTimeout(this.#preparing.get(uri));
    this.#preparing.set(
      uri,
      setTimeout(() => {
        this.#preparing.delete(uri);
        try {
          this.host.prepareKnowledge();
        } catch (error) {
          this.host.error(`Policy Lens: building the knowledge base's indexes after opening ${uri} stopped: ${error instanceof Error ? error.message : String(error)}`);
        }
      }, this.#idleMs),
    );
  }

  #arm(uri: string): void {
    const pending = this.#pending.get(uri)!;
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => void this.#run(uri, pending), this.#idleMs);
  }

  async #run(uri: string, pending: Pending): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return;
    // the same document as when the timer was armed: not reopened, not changed since
    const current = () => this.#pending.get(uri) === pending && this.host.document(uri) === doc;
    const analyze = async (version: PieceDocument) => {
      const start = performance.now();
      const analysed = await this.host.analyze(uri, version);
      pending.busyMs += performance.now() - start;
      return analysed;
    };
    try {
      await nextTurn();
      if (!current()) return;
      this.host.prepareKnowledge();
      // a place's keystrokes and the open version after them, in one turn: between turns the
      // analyzer holds the open version, so that a keystroke the user types meanwhile is read as
      // one edit of it. Read after a warm-up's edit elsewhere, it had been one edit spanning from
      // there to the user's place, and the first keystroke typed at once after opening 1 MB took
      // 65–140 ms in four servers of six.
      places: for (const typed of typingSpreadOver(doc, pending.left, this.#keystrokes)) {
        await nextTurn();
        if (!current()) return;
        for (const edited of typed) {
          if (!(await analyze(edited))) break places;
          // a change can come meanwhile only where the host waited on something (its settings)
          if (!current()) return;
        }
        await analyze(doc);
        pending.left--;
      }
      if (pending.left === 0) {
        const collectStart = performance.now();
        this.host.collectGarbage();
        const collectMs = performance.now() - collectStart;
        this.host.log(`Policy Lens: warmed up ${uri} for its first keystrokes: ${this.#places * this.#keystrokes} keystrokes at ${this.#places} places analysed in ${Math.round(pending.busyMs)} ms, then ${Math.round(collectMs)} ms of garbage collection.`);
      }
    } catch (error) {
      this.host.error(`Policy Lens: the warm-up of ${uri} stopped: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.#pending.get(uri) === pending) this.#pending.delete(uri);
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Typing at `count` places spread evenly over `doc`, in lines that hold text: at each, `keystrokes`
 * versions, each with one more "x" typed after the last, starting from `doc`. Where a user types
 * most: at a line's end, in any paragraph, list item or heading; and, at every other place, inside a
 * line, at the end of its longest capitalized word after the first (a name lengthened or misspelled:
 * the name rules' searches for near misses run only for words the text did not hold).
 */
export function typingSpreadOver(doc: PieceDocument, count: number, keystrokes: number): PieceDocument[][] {
  const typing: PieceDocument[][] = [];
  for (let k = 0; k < count; k++) {
    const place = Math.floor(((k + 0.5) / count) * doc.length);
    let line = doc.lineAt(place);
    while (line > 0 && doc.lineEnd(line) === doc.lineStart(line)) line--;
    const offset = (k % 2 === 1 ? endOfLongestInnerName(doc, line, place) : undefined) ?? doc.lineEnd(line);
    const at = doc.positionAt(offset);
    const versions: PieceDocument[] = [];
    for (let n = 0; n < keystrokes; n++) {
      const position = { line: at.line, character: at.character + n };
      versions.push(PieceDocument.update(versions[n - 1] ?? doc, [{ range: { start: position, end: position }, text: 'x' }], doc.version));
    }
    typing.push(versions);
  }
  return typing;
}

const CAPITALIZED_WORD = /(?<=[ \t])\p{Lu}\p{L}*/gu;
/** How far from its place a warm-up looks for a word inside a line: a line may be a whole document. */
const INNER_NAME_REACH = 2_000;

/**
 * The offset just past the longest capitalized word of `line` that does not start it, within
 * `INNER_NAME_REACH` of `place` (a word the window cuts is left out), if any.
 */
function endOfLongestInnerName(doc: PieceDocument, line: number, place: number): number | undefined {
  const lineEnd = doc.lineEnd(line);
  const start = Math.max(doc.lineStart(line), place - INNER_NAME_REACH);
  const end = Math.min(lineEnd, place + INNER_NAME_REACH);
  let best: RegExpMatchArray | undefined;
  for (const match of doc.slice(start, end).matchAll(CAPITALIZED_WORD)) {
    const cut = end < lineEnd && match.index! + match[0].length === end - start;
    if (!cut && (!best || match[0].length > best[0].length)) best = match;
  }
  return best && start + best.index! + best[0].length;
}
