/** A rule's setting: `off` silences it, the others set the severity of its findings. */
export type RuleLevel = 'off' | 'hint' | 'information' | 'warning' | 'error';

export const ruleLevels: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

/** What every rule declares; the settings, package.json and README are checked against this list. */
export interface RuleInfo {
  readonly id: string;
  readonly defaultLevel: RuleLevel;
  /** One line for the settings UI and the diagnostic hover. */
  readonly description: string;
}

/** All rules, in the order the README documents them. */
export const ruleInfos = [
  {
    id: 'proposal-numbering',
    defaultLevel: 'warning',
    description: 'A sequence of proposals skips a number or runs out of order ("First … Second … Fourth").',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof ruleInfos)[number]['id'];
