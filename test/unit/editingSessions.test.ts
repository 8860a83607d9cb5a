/**
 * Long editing sessions, as a writer makes them: typing and deleting where the cursor is, now and
 * then jumping elsewhere or cutting a stretch, with most versions never read whole. The analyzer
 * keeps each version's state for the next, so moves pile up over hundreds of versions; every few
 * versions, the analysis must equal a full one. (Sessions like these, run by hand in the
 * twenty-fifth round, found a proposal that took another block's words as its introduction, which
 * the shorter random-edit tests had missed. That bug needs a rare order of edits, which these
 * seeds do not meet; a test in `incremental.test.ts` types it.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
import { builtinKbFiles, createAnalyzer, loadKnowledgeBase, type Analysis } from '../../server/src/core/index';
import { assertSameAnalysis, random } from './helpers';

const TODAY = '2026-11-24';
const SAMPLES = path.resolve(__dirname, '../../../samples');
const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');

/** What the writer types at the cursor besides single characters: names, markers at every depth, headings, fences, comments. */
const TYPED = [
  '\n\n', '\n', 'Kiev', 'Kyiv', 'Moscow insists', ' in Moscow', 'Sergei Lavrov', 'Sergey Lavrov', 'First, ', 'Second, ', 'Fourth, ',
  '\n\n1. ', '\n- ', '\n  - ', '\n   (b) ', '\n\n## Recommendations\n\n', '\n\n### Article 9\n\n', '\n```\n', '<!-- ', ' -->',
  'NATO should ', 'The EU should ', ':', '\n\n3. NATO', 'We recommend that we:\n\n', 'date: 2019-05-01\n', '\n---\n', 'policy-lens-disable-next-line\n',
];
const LETTERS = 'abcdefgh ,.';

const documentsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n\n');

/** One list of 300 items, each ending with a colon over two sub-items: hundreds of sequences, most of one item's length. */
const nestedList = () => '- NATO should fund the mission:\n  - in Poland\n  - in Georgia\n'.repeat(300);

/** Articles under headings, of numbered paragraphs with lettered sub-items, as a treaty text has them. */
function treatyText(next: () => number): string {
  const duties = ['the parties shall notify each other of exercises', 'Russia shall withdraw its forces', 'NATO shall not station new forces', 'the OSCE shall verify the withdrawal'];
  const pick = () => duties[Math.floor(next() * duties.length)]!;
  const articles: string[] = [];
  for (let a = 1; a <= 40; a++) {
    const paragraphs: string[] = [];
    for (let p = 1; p <= 1 + Math.floor(next() * 3); p++) {
      const items = next() < 0.4 ? `:\n${['a', 'b', 'c'].map((letter) => `   (${letter}) ${pick()};`).join('\n')}` : '.';
      paragraphs.push(`${p}. ${pick()[0]!.toUpperCase()}${pick().slice(1)}${items}`);
    }
    articles.push(`## Article ${a}\n\n${paragraphs.join('\n\n')}`);
  }
  return articles.join('\n\n');
}

/** Sections whose heading introduces the lists under it, with paragraphs between the lists: blocks come and go between a list and its heading. */
function sectionsOfLists(next: () => number): string {
  const items = ['NATO should fund the mission.', 'The EU should reopen talks.', 'Ratify the treaty.', 'Lift the sanctions.', 'Russia must withdraw.'];
  const paragraphs = ['Talks resume in June.', 'The summit follows in Vilnius.', 'Markets wait for Kyiv.', 'Moscow insists on its terms.'];
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const list = (numbered: boolean) => Array.from({ length: 2 + Math.floor(next() * 3) }, (_, i) => `${numbered ? `${i + 1}.` : '-'} ${pick(items)}`).join('\n');
  const sections: string[] = [];
  for (let s = 1; s <= 40; s++) {
    const between = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(paragraphs)).join('\n\n');
    sections.push(`## Recommendations ${s}\n\n${list(false)}\n\n${between}\n\n${list(true)}`);
  }
  return sections.join('\n\n');
}

describe('editing sessions', () => {
  const { kb } = loadKnowledgeBase(builtinKbFiles);
  const full = (text: string): Analysis => createAnalyzer({ kb, today: () => TODAY }).analyze({ uri: 'memory://full.md', version: 1, getText: () => text });

  /** Edits `start` `edits` times as a writer would, comparing about one version in four with a full analysis; returns how many were compared. */
  const session = (start: string, seed: number, edits: number): number => {
    const next = random(seed);
    const warm = createAnalyzer({ kb, today: () => TODAY });
    let text = start;
    let cursor = text.length >> 1;
    let compared = 0;
    warm.analyze({ uri: 'memory://session.md', version: 1, getText: () => text });
    for (let version = 2; version <= edits + 1; version++) {
      const roll = next();
      // a jump anywhere, or a few lines on or back: most edits are near the last
      if (roll < 0.1) cursor = next() < 0.3 ? Math.floor(next() * (text.length + 1)) : cursor + Math.floor((next() - 0.5) * 400);
      cursor = Math.max(0, Math.min(cursor, text.length));
      if (roll < 0.6) {
        const typed = roll < 0.45 ? LETTERS[Math.floor(next() * LETTERS.length)]! : TYPED[Math.floor(next() * TYPED.length)]!;
        text = text.slice(0, cursor) + typed + text.slice(cursor);
        cursor += typed.length;
      } else if (roll < 0.85) {
        const removed = Math.min(cursor, 1 + Math.floor(next() * 3));
        text = text.slice(0, cursor - removed) + text.slice(cursor);
        cursor -= removed;
      } else {
        const from = Math.floor(next() * text.length);
        text = text.slice(0, from) + text.slice(Math.min(text.length, from + Math.floor(next() * 200)));
      }
      const current = text;
      const incremental = warm.analyze({ uri: 'memory://session.md', version, getText: () => current });
      // most versions go unread: their lists are moved only when a later one is read
      if (next() >= 0.25) continue;
      assertSameAnalysis(incremental, full(current), `seed ${seed}, version ${version}, near ${JSON.stringify(current.slice(Math.max(0, cursor - 40), cursor + 20))}`);
      compared++;
    }
    return compared;
  };

  const texts: readonly (readonly [string, () => string])[] = [
    ['the samples', () => documentsIn(SAMPLES)],
    ['the test corpus', () => documentsIn(CORPUS)],
    ['a list of items over sub-lists', nestedList],
    ['a treaty text', () => treatyText(random(7))],
    ['sections of lists with paragraphs between them', () => sectionsOfLists(random(11))],
  ];
  for (const [name, make] of texts) {
    it(`equals a full analysis through long sessions of typing where the cursor is, in ${name}`, function () {
      this.timeout(60_000);
      let compared = 0;
      // seeds 21 and 23 found the introduction bug in the op-ed and in a nested list
      for (const seed of [21, 23, 20261202]) compared += session(make(), seed, 300);
      assert.ok(compared >= 180, `only ${compared} versions compared`);
    });
  }

  /**
   * Edits right beside the names the last version found: a space, a comma, a line break or a word
   * typed after a name or before it, its last letter deleted. Sessions like these, run by hand in
   * the forty-second round over every draft, found a finding stretched by a line break typed after
   * it and a proposal read with the wrong introduction (both also typed in `incremental.test.ts`).
   */
  it('equals a full analysis through edits typed right beside the names, in each of the samples', function () {
    this.timeout(60_000);
    const typed = ['\n', '\n\n', ' ', ',', '.', "'s", 'x', '-', ' and Kiev', ' (ICC)', ':', '\n- ', '\n\n## Next\n\n', 'Kyiv'];
    const samples = fs.readdirSync(SAMPLES).filter((name) => /\.(md|txt)$/.test(name)).sort();
    let compared = 0;
    // the second seed of the UN resolution draft (the fifth sample) typed the wrong introduction before its fix
    const sessions = samples.flatMap((name, k) => [[name, 4200 + k], [name, 4326 + k * 1000]] as const);
    for (const [name, seed] of sessions) {
      const next = random(seed);
      let text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      const warm = createAnalyzer({ kb, today: () => TODAY });
      let analysis = warm.analyze({ uri: 'memory://beside.md', version: 1, getText: () => text });
      for (let version = 2; version <= 60; version++) {
        const mentions = analysis.mentions;
        const mention = mentions[Math.floor(next() * mentions.length)];
        const roll = next();
        const at = mention ? (roll < 0.7 ? mention.end : mention.start) : 0;
        text = roll < 0.85 ? text.slice(0, at) + typed[Math.floor(next() * typed.length)]! + text.slice(at) : text.slice(0, Math.max(0, at - 1)) + text.slice(at);
        const current = text;
        analysis = warm.analyze({ uri: 'memory://beside.md', version, getText: () => current });
        if (version % 3 !== 0) continue;
        assertSameAnalysis(analysis, full(current), `${name}, seed ${seed}, version ${version}`);
        compared++;
      }
    }
    assert.ok(compared >= 19 * sessions.length, `only ${compared} versions compared`);
  });
});
