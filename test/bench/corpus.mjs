// Generates policy-like prose of a given size, deterministic for a seed: headings, paragraphs
// that name treaties, actors and places among plain clauses, ordinal and numbered proposals.
// Paragraphs almost never repeat, so nothing kept per paragraph can flatter a full analysis. Some
// fillers carry curly quotes and dashes, as published op-eds do: V8 then stores the text with two
// bytes per character, as it does every real document with one such character.
const NAMES = ['the INF Treaty', 'New START', 'the CFE Treaty', 'NATO', 'the OSCE', 'Moscow', 'Washington', 'Kyiv', 'Sergey Lavrov',
  'Antony Blinken', 'the Donbas', 'Transnistria', 'the European Union', 'Russia', 'Ukraine', 'the United States', 'Georgia', 'the UN Charter',
  'the Minsk II agreement', 'Crimea', 'the Black Sea', 'Poland', 'Germany', 'the Helsinki Final Act', 'the Budapest Memorandum'];
const SUBJECTS = ['the government', 'each side', 'the negotiators', 'the alliance', 'its neighbours', 'the parliament', 'our allies', 'the ministry',
  'the mission', 'the delegation', 'the coalition', 'the region', 'the commission', 'the summit', 'the envoy'];
const VERBS = ['should reopen talks on', 'must respect', 'has long criticised', 'could revisit', 'will not accept', 'insists on', 'needs to explain',
  'may yet endorse', 'quietly welcomed', 'refuses to discuss', 'is weighing', 'keeps citing', 'openly questioned', 'still depends on'];
const OBJECTS = ['the ceasefire line', 'a verification regime', 'the sanctions package', 'troop withdrawals', 'the prisoner exchange', 'energy transit',
  'the reconstruction fund', 'a monitoring mission', 'the security guarantees', 'the grain corridor', 'arms deliveries', 'the border crossings'];
const FILLER = ['in the months ahead', 'despite the objections of several allies', 'as the negotiations stall', 'without clear verification',
  'under pressure from its neighbours', 'after the last round of talks', 'for the first time in a decade', 'while the fighting continues',
  'before the winter', 'at considerable political cost', 'in exchange for guarantees', 'with little public debate',
  // typographic quotes, dashes and apostrophes, as published prose has them (they make the text two-byte)
  '— in what one envoy called “a last chance” —', 'after Kyiv’s latest proposal', 'as the “coalition of the willing” insists'];

/** mulberry32: a small, well-distributed generator (an LCG in doubles loses bits and cycles). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(bytes, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const capital = (s) => s[0].toUpperCase() + s.slice(1);
  const named = () => `${capital(pick(NAMES))} ${pick(VERBS)} ${pick(NAMES)} ${pick(FILLER)}.`;
  const plain = () => `${capital(pick(SUBJECTS))} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(FILLER)}, and ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`;
  const sentence = () => (next() < 0.8 ? named() : plain());
  const parts = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    let block;
    const roll = next();
    if (roll < 0.05) block = `## Section ${++section}: ${capital(pick(OBJECTS))}`;
    else if (roll < 0.1) block = `We recommend the following:\n\n1. ${named()}\n2. ${sentence()}\n3. ${sentence()}`;
    else if (roll < 0.15) block = `First, ${named()}\n\nSecond, ${sentence()}\n\nFinally, ${sentence()}`;
    else block = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}
