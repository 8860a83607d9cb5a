import { boundedMemo } from '../text/boundedMemo';
import { EMPTY_LIST } from '../text/emptyList';

/** Past this many ids a set answers "seen?" faster than a look through the list. */
const LIST_LIMIT = 16;

/**
 * One list per id for the many lists that hold a single id: a 1 MB list of items kept 50,000 such
 * lists, and the young generation's collections copied each.
 */
const onlyId = boundedMemo((id: string): readonly string[] => [id], 20_000);

/**
 * Ids collected each once, in order of first sight. One list and no set for the few ids a proposal
 * names: each of the thousands of proposals of a treaty text kept a set and three lists for them,
 * and the young generation's collections copied them all.
 */
export class DistinctIds {
  private first: string | undefined = undefined;
  private ids: string[] | undefined = undefined;
  private seen: Set<string> | undefined = undefined;

  add(id: string): void {
    if (this.first === undefined) this.first = id;
    else if (this.ids === undefined) {
      if (id !== this.first) this.ids = [this.first, id];
    } else if (this.seen ? !this.seen.has(id) : !this.ids.includes(id)) {
      this.ids.push(id);
      this.seen?.add(id);
      if (!this.seen && this.ids.length > LIST_LIMIT) this.seen = new Set(this.ids);
    }
  }

  /** The ids so far; the shared empty list when there are none, a shared one for a single id. */
  get list(): readonly string[] {
    return this.ids ?? (this.first === undefined ? EMPTY_LIST : onlyId(this.first));
  }
}
