import type { KnowledgeBase } from './knowledgeBase';
import type { Entry } from './schema';

/** How far up `org.parent` is followed: an organ of a chamber of a state's parliament is three steps from the state. */
const MAX_STEPS = 4;

/**
 * The entries an actor belongs to through `org.parent`, nearest first: the U.S. Senate's are
 * Congress, then the United States; the IAEA Board of Governors' is the IAEA.
 */
export function parentsOf(entry: Entry, kb: KnowledgeBase): Entry[] {
  const parents: Entry[] = [];
  let current: Entry | undefined = entry;
  for (let step = 0; step < MAX_STEPS && current?.kind === 'actor' && current.org?.parent !== undefined; step++) {
    current = kb.get(current.org.parent);
    if (current) parents.push(current);
  }
  return parents;
}
