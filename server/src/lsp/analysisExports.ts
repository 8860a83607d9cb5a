/**
 * Everything the protocol layer calls in the analysis code: the core and the reading of a
 * workspace's knowledge-base files. The server loads this module when it first needs it (see
 * `analysisCode.ts`); the shipped server has it as a bundle of its own (`dist/serverAnalysis.js`).
 */
export {
  changedSince,
  contract,
  contractFile,
  createAnalyzer,
  defaultSettings,
  firstOffset,
  itemsOf,
  lastOffset,
  mentionAt,
  movedApart,
  movedFrom,
  parseSettings,
  safeEdits,
  summaryCsv,
  summaryMarkdown,
  summaryRows,
} from '../core/index';
export { loadWorkspaceKb } from '../workspaceKb/loadWorkspaceKb';
export { parseKbFile } from '../workspaceKb/parseKbFile';
