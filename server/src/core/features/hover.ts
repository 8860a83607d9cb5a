import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Analysis, HoverInfo } from '../types';

/** Hover content at an offset. */
export function hoverAt(_kb: KnowledgeBase, _analysis: Analysis, _offset: number): HoverInfo | undefined {
  return undefined;
}
