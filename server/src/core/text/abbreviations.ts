/** Abbreviations whose period ends no sentence: "U.S.", "Mr.", "Art.", "Sept.", "v." and "vs." of a case name ("Bosnia v. Serbia"), and a name's initial ("George H. W. Bush"). */
const ABBREVIATIONS = /\b(?:[A-Z]|U\.S|U\.K|U\.N|E\.U|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|No|Art|v|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Sen|Rep|Amb)\.$/;

/**
 * Whether the period at `at` closes an abbreviation rather than a sentence. An abbreviation is at
 * most five characters with its period ("Sept."): the eight before the period hold it and the
 * character before it, which its word boundary needs.
 */
export const closesAbbreviation = (text: string, at: number): boolean => ABBREVIATIONS.test(text.slice(Math.max(0, at - 8), at + 1));
