// Generates policy-like prose of a given size, deterministic for a seed: headings, paragraphs
// with treaty, actor and place names, ordinal and numbered proposals.
const NAMES = ['the INF Treaty', 'New START', 'the CFE Treaty', 'NATO', 'the OSCE', 'Moscow', 'Washington', 'Kyiv', 'Sergey Lavrov',
  'Antony Blinken', 'the Donbas', 'Transnistria', 'the European Union', 'Russia', 'Ukraine', 'the United States', 'Georgia', 'the UN Charter',
  'the Minsk II agreement', 'Crimea', 'the Black Sea', 'Poland', 'Germany', 'the Helsinki Final Act', 'the Budapest Memorandum'];
const VERBS = ['should reopen talks on', 'must respect', 'has long criticised', 'could revisit', 'will not accept', 'insists on', 'needs to explain'];
const FILLER = ['in the months ahead', 'despite the objections of several allies', 'as the negotiations stall', 'without clear verification', 'under pressure from its neighbours'];

function random(seed) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

export function generate(bytes, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = () => `${pick(NAMES).replace(/^the/, 'The')} ${pick(VERBS)} ${pick(NAMES)} ${pick(FILLER)}.`;
  const parts = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    let block;
    const roll = next();
    if (roll < 0.05) block = `## Section ${++section}`;
    else if (roll < 0.1) block = `We recommend the following:\n\n1. ${sentence()}\n2. ${sentence()}\n3. ${sentence()}`;
    else if (roll < 0.15) block = `First, ${sentence()}\n\nSecond, ${sentence()}\n\nFinally, ${sentence()}`;
    else block = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}
