// Generates treaty-like text of a given size, deterministic for a seed: the issue's "600-page treaty
// compendium". Articles under headings, numbered paragraphs in which the parties "shall" act, and
// lettered sub-items under paragraphs that end with a colon. Nearly every paragraph and sub-item is a
// proposal, about fifteen times as many per megabyte as in the policy prose of `corpus.mjs`.
import { random } from './corpus.mjs';

const PARTIES = ['Each Party', 'The Parties', 'The Russian Federation', 'The United States', 'Ukraine', 'The European Union', 'The inspecting Party',
  'The Consultative Commission', 'Each State Party', 'The Depositary'];
const DUTIES = ['shall notify', 'shall not deploy forces near', 'undertakes to inform', 'shall provide data to', 'may request clarification from',
  'shall consult with', 'shall refrain from threatening', 'agrees to cooperate with', 'shall facilitate inspections by', 'shall report to'];
const NAMED = ['NATO', 'the OSCE', 'the International Atomic Energy Agency', 'the United Nations', 'the other Party', 'Poland', 'Georgia', 'the Depositary',
  'the Secretary-General', 'the Joint Control Commission'];
const CLAUSES = ['of any change to its forces covered by this Treaty', 'within thirty days of entry into force', 'in accordance with the Protocol on Inspections',
  'no later than the date of the next regular session', 'through diplomatic channels', 'on a basis of reciprocity', 'without prejudice to Article 4',
  'in the area of application defined in Article 2'];
const ITEMS = ['the number and type of launchers located in', 'the location of each storage site near', 'the schedule of exercises held in',
  'the aircraft based at airfields in', 'any reduction of forces stationed in', 'the names of inspectors accredited for'];
const PLACES = ['Poland', 'Georgia', 'Moscow', 'Kyiv', 'Crimea', 'the Black Sea', 'Transnistria', 'Germany', 'Vienna', 'Geneva'];

export function generateTreaty(bytes, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const duty = () => `${pick(PARTIES)} ${pick(DUTIES)} ${pick(NAMED)} ${pick(CLAUSES)}`;
  const parts = [];
  let size = 0;
  let article = 0;
  while (size < bytes) {
    const lines = [`## Article ${++article}`, ''];
    const paragraphs = 1 + Math.floor(next() * 4);
    for (let p = 1; p <= paragraphs; p++) {
      if (next() < 0.4) {
        lines.push(`${p}. ${duty()}, including:`);
        const items = 2 + Math.floor(next() * 3);
        for (let k = 0; k < items; k++) lines.push(`   (${'abcde'[k]}) ${pick(ITEMS)} ${pick(PLACES)};`);
      } else lines.push(`${p}. ${duty()}, ${pick(CLAUSES)}.`);
      lines.push('');
    }
    const block = lines.join('\n');
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n').slice(0, bytes);
}
