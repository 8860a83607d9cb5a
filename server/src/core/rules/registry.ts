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
    id: 'acronym-mismatch',
    defaultLevel: 'error',
    description: 'A name and the acronym written beside it belong to different entries ("International Court of Justice (ICC)").',
  },
  {
    id: 'misspelled-name',
    defaultLevel: 'warning',
    description: 'A near miss of a known name ("Anthony Blinken" for Antony Blinken); transliteration variants are not errors.',
  },
  {
    id: 'non-canonical-treaty-name',
    defaultLevel: 'hint',
    description: 'A recognized treaty name that is not the one its parties or depositary use ("Intermediate Nuclear Forces Treaty").',
  },
  {
    id: 'inconsistent-naming',
    defaultLevel: 'warning',
    description: 'The same entity written two ways in one document ("Sergei Lavrov" and "Sergey Lavrov", "Kiev" and "Kyiv").',
  },
  {
    id: 'preferred-spelling',
    defaultLevel: 'information',
    description: 'A spelling the team’s style list replaces (by default "Kyiv" over "Kiev").',
  },
  {
    id: 'status-anachronism',
    defaultLevel: 'information',
    description: 'The text speaks of a treaty as in force, of a party that had left it as a party, or of ratifying, returning to or withdrawing from it, against its status on the document date.',
  },
  {
    id: 'treaty-date',
    defaultLevel: 'warning',
    description: 'A treaty said to have been signed or to have entered into force on a date, or signed in a place, its record contradicts ("the NPT, signed in 1970").',
  },
  {
    id: 'office-anachronism',
    defaultLevel: 'warning',
    description: 'A title given to a person who did not hold it on the document date ("Secretary of State Pompeo" in 2022).',
  },
  {
    id: 'member-count',
    defaultLevel: 'warning',
    description: 'A count of an organization’s members that its history contradicts ("NATO’s 30 members" in 2026).',
  },
  {
    id: 'capital-claim',
    defaultLevel: 'warning',
    description: 'A city called a state’s capital that was not its capital on the document date ("Istanbul, the Turkish capital").',
  },
  {
    id: 'membership-date',
    defaultLevel: 'warning',
    description: 'A date given for a state’s joining or leaving an organization that its recorded membership contradicts ("Finland, which joined NATO in 2024").',
  },
  {
    id: 'founding-date',
    defaultLevel: 'warning',
    description: 'A date given for an organization’s founding that its record contradicts ("NATO, founded in 1948").',
  },
  {
    id: 'seat-claim',
    defaultLevel: 'warning',
    description: 'A city given as an organization’s seat that its record contradicts ("the Geneva-based IAEA").',
  },
  {
    id: 'anniversary-claim',
    defaultLevel: 'warning',
    description: 'An anniversary or a count of years of a treaty or an organization that the calendar contradicts ("NATO’s 70th anniversary" in 2026, "20 years since the Budapest Memorandum").',
  },
  {
    id: 'age-claim',
    defaultLevel: 'warning',
    description: 'A person’s age, year of death or "the late" that their recorded dates contradict ("Vladimir Putin, 72," in 2026).',
  },
  {
    id: 'former-name',
    defaultLevel: 'warning',
    description: 'A name its state, place or body had stopped going by when the sentence speaks ("Swaziland" after April 2018, "the FCO" after September 2020).',
  },
  {
    id: 'unknown-treaty',
    defaultLevel: 'hint',
    description: 'A phrase that looks like an instrument ("the Treaty of X", "the X Accords") but is not in the knowledge base.',
  },
  {
    id: 'proposal-numbering',
    defaultLevel: 'warning',
    description: 'A sequence of proposals skips a number or runs out of order ("First … Second … Fourth").',
  },
  {
    id: 'proposal-count',
    defaultLevel: 'warning',
    description: 'The text announces a number of proposals ("three steps") and then makes a different number.',
  },
  {
    id: 'proposal-actor',
    defaultLevel: 'hint',
    description: 'A proposal names no actor who must act on it.',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof ruleInfos)[number]['id'];
