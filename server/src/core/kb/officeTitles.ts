import type { KnowledgeBase } from './knowledgeBase';
import { foldName } from './names';
import { boundedMemo } from '../text/boundedMemo';

/**
 * The intelligence services whose heads the press titles by the acronym or short name ("CIA
 * Director", "Mossad chief"), as pattern alternatives: the office checks read a title before a name
 * with them (`features/titleBefore.ts`) and the office family of a title (below).
 */
export const INTELLIGENCE_SERVICES = String.raw`CIA|DNI|MI5|MI6|GCHQ|SVR|FSB|GRU|BND|DGSE|ISI|NSA|SBU|HUR|GUR|MIT|MİT|DIA|Mossad|Shin Bet|Shabak`;

/**
 * Office titles as the text writes them ("Foreign Minister", "UK Prime Minister") and as the
 * knowledge base records them ("Minister of Foreign Affairs"), compared by family. Shared by the
 * office-anachronism rule and the reading of a title before a surname ("President Marcos").
 */

/**
 * Offices grouped so that "Foreign Minister" in the text matches an office the knowledge base
 * records as "Minister of Foreign Affairs". An office's family is read from its whole title, so that
 * a deputy, an under-secretary or a director of a foreign intelligence service is not a foreign
 * minister, and a UK "Secretary of State for Defence" is a defence minister.
 */
export type Family =
  | 'foreign' | 'defence' | 'interior' | 'secretary-general' | 'high-representative' | 'special-representative' | 'vice-president'
  | 'high-commissioner' | 'relief-coordinator' | 'director-general' | 'executive-director' | 'commissioner-general'
  | 'deputy-head-of-government' | 'head-of-government' | 'exchequer' | 'head-of-state' | 'cabinet-secretary' | 'national-security-adviser'
  | 'eu-commissioner' | 'portfolio-minister' | 'portfolio-secretary' | 'ambassador' | 'intelligence' | 'party-leader' | 'fed-chair'
  | 'speaker' | 'senate-leader' | 'chair' | 'saceur';

const OFFICE_FAMILIES: readonly [RegExp, Family][] = [
  // Austria's "Federal Minister for European and International Affairs", Slovakia's "Minister of Foreign and European Affairs"
  [/^(?:acting )?(?:federal )?(?:minister (?:of|for) (?:foreign(?: and european)? affairs(?: and trade)?|europe and foreign affairs|european and international affairs)|foreign (?:minister|secretary)|minister of external (?:affairs|relations)|secretary of state|secretary of foreign affairs)$/i, 'foreign'],
  [/^(?:acting )?(?:federal )?(?:minister (?:of|for) (?:national )?defen[cs]e|defen[cs]e (?:minister|secretary)|secretary of (?:national )?(?:defen[cs]e|war)|secretary of state for defence|minister of the armed forces|director general of the japan defense agency)$/i, 'defence'],
  [/^(?:home secretary|minister of (?:the )?interior|minister of (?:internal|home) affairs)$/i, 'interior'],
  // who presides over a parliament, by the title the country's own English gives it: "Speaker of the
  // House of Representatives", "Marshal of the Sejm", "Chairman of the Verkhovna Rada", "President
  // of the Bundestag"; not a deputy's office
  [/^(?:acting )?(?:speaker\b|marshal of the sejm$|chair(?:man|woman|person)? of the (?:verkhovna rada|state duma|federation council)$|president of the (?:bundestag|national assembly|riigikogu|legislative yuan)$)/i, 'speaker'],
  [/^secretary[- ]general\b/i, 'secretary-general'],
  [/^high representative\b/i, 'high-representative'],
  [/^special (?:representative|envoy)\b/i, 'special-representative'],
  [/^(?:united nations )?high commissioner\b/i, 'high-commissioner'],
  [/\bemergency relief coordinator$/i, 'relief-coordinator'],
  // the head of an intelligence or security service: "Director of the Central Intelligence Agency",
  // "Head of the Defence Intelligence", "Director of the Israel Security Agency", "Director of
  // GCHQ"; not a deputy's office, nor "Counterintelligence"
  [/^(?:director|head|chief|president|secretary)\b.*\b(?:intelligence|security (?:agency|service)|external security|gchq|research and analysis wing)\b/i, 'intelligence'],
  [/^director[- ]general\b/i, 'director-general'],
  [/^executive director\b/i, 'executive-director'],
  [/^commissioner[- ]general\b/i, 'commissioner-general'],
  // "Executive Vice-President of the European Commission for …" is a vice-president
  [/^(?:acting |executive |first )?vice[- ]president(?: of (?:the )?European Commission\b.*)?$/i, 'vice-president'],
  [/^(?:(?:first )?(?:deputy|vice)[- ](?:prime minister|premier|chancellor)\b|t[áa]naiste$)/i, 'deputy-head-of-government'],
  // Austria's and Germany's "Federal Chancellor" too
  [/^(?:acting )?(?:federal )?(?:prime minister|premier|chancellor|taoiseach)$/i, 'head-of-government'],
  [/^chancellor of the exchequer$/i, 'exchequer'],
  [/^(?:acting )?(?:federal )?(?:president|king|queen|emir|supreme leader|crown prince)$/i, 'head-of-state'],
  // the head of the US central bank, not its vice chair
  [/^chair(?:man|woman)? of the (?:board of governors of the )?federal reserve\b/i, 'fed-chair'],
  // NATO's military commander in Europe, and so the head of US European Command's other hat
  [/^supreme allied commander europe$/i, 'saceur'],
  // the chair of a body: "Chairperson of the African Union Commission", "Chairman of the Senate Foreign Relations Committee"
  [/^chair(?:man|woman|person)?\b/i, 'chair'],
  // a ruling party's leader: "General Secretary of the Communist Party of Vietnam"
  [/^general secretary\b/i, 'party-leader'],
  [/^secretary of /i, 'cabinet-secretary'],
  [/^(?:deputy )?national security advis[eo]r$/i, 'national-security-adviser'],
  [/^european commissioner\b/i, 'eu-commissioner'],
  // "Ambassador to the United Nations", "Permanent Representative to the OSCE"; not a deputy's office
  [/^(?:ambassador|permanent representative)\b/i, 'ambassador'],
  // after foreign, defence and interior: "Minister of Climate and Environment", "Minister for Europe"
  [/^(?:acting )?(?:federal )?minister (?:of|for) (?:the )?\p{L}/iu, 'portfolio-minister'],
];

/** The families a title written in the text may stand for: a bare "Chancellor" is German or British. */
const TITLE_FAMILIES: readonly [RegExp, readonly Family[]][] = [
  [/^(?:(?:first )?(?:deputy|vice)[- ](?:prime minister|premier|chancellor)|t[áa]naiste)$/i, ['deputy-head-of-government']],
  [/(?<!(?:under|deputy|assistant)[- ])secretary[- ]general$/i, ['secretary-general']],
  [/^high representative$/i, ['high-representative']],
  [/^special (?:representative|envoy)$/i, ['special-representative']],
  [/^high commissioner(?: for (?:refugees|human rights))?$/i, ['high-commissioner']],
  [/^(?:emergency )?relief coordinator$/i, ['relief-coordinator']],
  [/^director[- ]general$/i, ['director-general']],
  [/^executive director$/i, ['executive-director']],
  [/^commissioner[- ]general$/i, ['commissioner-general']],
  [/^vice[- ]president$/i, ['vice-president']],
  [/^(?:(?:foreign|external affairs) (?:minister|secretary)|minister of foreign affairs|secretary of (?:state|foreign affairs))$/i, ['foreign']],
  [/^(?:(?:defen[cs]e|armed forces|war) (?:minister|secretary)|minister of defen[cs]e|secretary of (?:defense|war))$/i, ['defence']],
  [/^(?:home secretary|interior minister)$/i, ['interior']],
  [/^(?:prime minister|premier|taoiseach)$/i, ['head-of-government']],
  [/^chancellor$/i, ['head-of-government', 'exchequer']],
  [/^(?:president|king|queen|emir|supreme leader|crown prince)$/i, ['head-of-state']],
  // "Speaker Mike Johnson", "House Speaker Pelosi", "Rada Speaker Stefanchuk", "Parliament Speaker Ghalibaf"
  [/^(?:(?:house|commons|parliament|parliamentary|knesset|duma|sejm|rada|seimas|saeima|riigikogu|majlis|bundestag|lok sabha) )?speaker$/i, ['speaker']],
  // "Senate Majority Leader Chuck Schumer": read as the office of that very title, which no office
  // family groups; a bare "Majority Leader" may be the House's, whose leaders the knowledge base lacks
  [/^senate (?:majority|minority) leader$/i, ['senate-leader']],
  // "Justice Secretary", "Treasury Secretary": a secretary or minister whose portfolio has that word (see
  // `namesOffice`). The words of portfolios only: before "Secretary" the press also writes whose office
  // it is ("Philippine Secretary", "our Secretary"), which names no portfolio
  [/^(?:justice|treasury|commerce|energy|health|education|business|transport|transportation|culture|environment|labou?r|agriculture|interior|housing|trade|science|scotland|wales|ireland|security|veterans|pensions|communities|digital|climate|development) secretary$/i, ['portfolio-secretary']],
  // Kenya's ministers: "Interior Cabinet Secretary", "Foreign Cabinet Secretary" (offices "Cabinet Secretary for …")
  [/^\p{L}+ cabinet secretary$/iu, ['portfolio-secretary']],
  // the Lord Chancellor has been the Secretary of State for Justice since 2007 (see `portfolioOf`)
  [/^lord chancellor$/i, ['portfolio-secretary']],
  // "Fed Chair Jerome Powell", "Federal Reserve Chairman Powell"
  [/^(?:(?:US |U\.S\. )?Fed|(?:US |U\.S\. )?Federal Reserve) chair(?:man|woman)?$/i, ['fed-chair']],
  // "General Secretary To Lam", "the party general secretary": not a "Secretary" with a word before it
  [/^general secretary$/i, ['party-leader']],
  [/^secretary$/i, ['foreign', 'defence', 'cabinet-secretary']],
  [/^national security advis[eo]r$/i, ['national-security-adviser']],
  [/^(?:supreme allied commander europe|saceur)$/i, ['saceur']],
  // "AU Commission Chairperson Moussa Faki": the chair of the body named before it (see `readTitleFamilies` for a bare one)
  [/^chair(?:man|woman|person)?$/i, ['chair']],
  // "U.S. Ambassador", "UN Ambassador", "Ambassador to the UN" (see `isCourtesyTitle` for a bare "Ambassador")
  [/^(?:ambassador|permanent representative)(?: to the (?:UN|U\.N\.|United Nations))?$/i, ['ambassador']],
  // "Commissioner Šefčovič", "Enlargement Commissioner Várhelyi": a member of the European Commission (see `namesOffice` for the portfolio)
  [/^(?:\p{L}[\p{L}-]* )?commissioner$/iu, ['eu-commissioner']],
  // "Climate Minister", "Finance Minister": a minister whose portfolio has that word (see `namesOffice`); not a
  // rank or a kind of minister that names no portfolio ("Deputy Minister", "State Minister", "Chief Minister")
  [/^(?!(?:deputy|vice|assistant|under|junior|shadow|associate|principal|first|state|prime|chief|cabinet|senior|government|federal|acting|regional|provincial)\b)\p{L}[\p{L}-]* minister$/iu, ['portfolio-minister']],
  // "Director of National Intelligence", "CIA Director", "intelligence chief": the head of any intelligence service
  [new RegExp(String.raw`^(?:(?:(?:US|U\.S\.|national|military|defen[cs]e) )?intelligence (?:chief|director|head)|spy chief|director of national intelligence|(?:${INTELLIGENCE_SERVICES}) (?:director|chief|head)|director of (?:the )?(?:CIA|central intelligence(?: agency)?))$`, 'i'), ['intelligence']],
  // the press's "chief", by what it heads ("NATO chief", "EU foreign policy chief", "UN aid chief")
  [/^(?:NATO|UN|U\.N\.|United Nations) chief$/i, ['secretary-general']],
  [/^(?:(?:EU|E\.U\.|European Union) )?foreign policy chief$/i, ['high-representative']],
  [/^(?:(?:UN|U\.N\.) )?(?:refugee|(?:human )?rights) chief$/i, ['high-commissioner']],
  [/^(?:(?:UN|U\.N\.) )?(?:aid|humanitarian|relief) chief$/i, ['relief-coordinator']],
  [/^(?:IAEA|WHO|WTO|FAO|ILO|UNESCO|WIPO|(?:(?:UN|U\.N\.) )?nuclear watchdog) chief$/, ['director-general']],
  [/^(?:UNICEF|WFP|UNFPA|UNEP|UNAIDS|UN Women) chief$/, ['executive-director']],
  [/^UNRWA chief$/, ['commissioner-general']],
];

/** Words that make an office of another rank than the title after them: a deputy foreign minister, an assistant secretary of state. */
const RANK_WORD = /^(?:deputy|vice|assistant|under|junior|shadow|associate|principal|first)$/i;
/** Words that make a title a role at an event, no office: "Keynote Speaker Mark Rutte", "Guest Speaker". */
const EVENT_ROLE_WORD = /^(?:keynote|guest|featured|invited|opening|closing|plenary|panel|main)$/i;

/** An office's family, by its title: read for each titled mention of each of its holders, against twenty patterns. */
export const officeFamily = boundedMemo((title: string): Family | undefined => OFFICE_FAMILIES.find(([pattern]) => pattern.test(title))?.[1], 4096);

/**
 * The families of a title as the text writes it, read without the words that only say whose office
 * it is ("UK Prime Minister", "NATO Secretary General", "Russian Foreign Minister"); undefined for
 * titles the rule does not check ("Ambassador", "Senator").
 */
export const titleFamilies = boundedMemo(readTitleFamilies, 4096);

function readTitleFamilies(title: string): NamedOffice | undefined {
  const named = familiesOf(title);
  // a bare "Chairman" dates no office: chairs are many, and the press keeps "Chairman Kim" for a head of state
  if (named && named.families[0] === 'chair' && named.bare === title) return undefined;
  if (named) return { ...named, written: title };
  // "President of the European Council", "Secretary of State of the United States": whose office it
  // is, after the longest title that names one
  const splits = [...title.matchAll(OF_WHOM)].reverse();
  for (const split of splits) {
    const head = familiesOf(title.slice(0, split.index));
    if (head) return { bare: head.bare + title.slice(split.index), families: head.families, of: title.slice(split.index + split[0].length), written: title };
  }
  return undefined;
}

/**
 * Whether a title is "Ambassador" alone: in American usage a courtesy kept for life ("Ambassador
 * Bolton" as national security adviser), so it says nothing of the office held on a date; "U.S.
 * Ambassador" and "Ambassador to the UN" do.
 */
export const isCourtesyTitle = (title: NamedOffice): boolean =>
  title.families.length === 1 && title.families[0] === 'ambassador' && title.of === undefined && /^ambassador$/i.test(title.written ?? title.bare);

/** A title as the text writes it, read for the offices it may name. */
export interface NamedOffice {
  /** The title without the words before it that say whose office it is. */
  readonly bare: string;
  readonly families: readonly Family[];
  /** What the office is of, written after the title ("the European Council", "Russia"). */
  readonly of?: string;
  /** The title as written, with the words before it that may belong to the office ("Executive Vice-President"). */
  readonly written?: string;
}

const OF_WHOM = /\s+(?:of|for)\s+(?:the\s+)?/gi;
/** A title's head before the first "of" or "for": "president" of "president of the general assembly". */
const OFFICE_HEAD = /^(.+?)\s+(?:of|for)\s/;
/** A title's head and a portfolio after "for": "Executive Vice-President for Tech Sovereignty". */
const PORTFOLIO_AFTER = /^(.+?) for (?!the\b)\p{Lu}/u;
/** What an office's title is of, after its first "of" or "for": "Chinese Communist Party" in "General Secretary of the Chinese Communist Party". */
const OFFICE_BODY = /\s(?:of|for)\s+(?:the\s+)?(.+)$/i;

function familiesOf(title: string): NamedOffice | undefined {
  const words = title.split(/\s+/);
  for (let skip = 0; skip < words.length; skip++) {
    // "Deputy Foreign Minister" is no foreign minister: a word of rank is part of the office
    if (skip > 0 && (RANK_WORD.test(words[skip - 1]!) || EVENT_ROLE_WORD.test(words[skip - 1]!))) return undefined;
    const bare = words.slice(skip).join(' ');
    const families = TITLE_FAMILIES.find(([pattern]) => pattern.test(bare))?.[1];
    if (families) return { bare, families };
  }
  return undefined;
}

/**
 * Whether an office is one the title names: of one of its families, or an office whose title
 * starts with it ("President" and "President of the European Commission", "Secretary" and
 * "Secretary of the Treasury").
 */
export function namesOffice(
  title: NamedOffice,
  office: { readonly title: string; readonly of?: string },
  namesOf: (id: string) => readonly string[],
  /** The entries a name names, whole ("Communist Party of China": the CCP), where the caller can tell. */
  entriesNamed?: (name: string) => readonly string[],
): boolean {
  const family = officeFamily(office.title);
  const lower = office.title.toLowerCase();
  const bare = title.bare.toLowerCase();
  if (title.of !== undefined) {
    // "President of the European Council" names that office, and "president of Russia" a president whose office is Russia's
    if (lower === bare || lower.startsWith(`${bare} `)) return true;
    // "Commissioner for Trade" names the office "European Commissioner for Trade and Economic Security"
    const european = lower.startsWith('european ') ? lower.slice(9) : undefined;
    if (european !== undefined && (european === bare || european.startsWith(`${bare} `))) return true;
    // "Executive Vice-President for Tech Sovereignty": a portfolio after the head of an office named
    // after its body ("Executive Vice-President of the European Commission")
    const portfolioHead = title.written === undefined ? undefined : PORTFOLIO_AFTER.exec(title.written)?.[1];
    if (portfolioHead !== undefined && lower.startsWith(`${portfolioHead.toLowerCase()} of `)) return true;
    // the office's very title, the words before its head included ("Communist Party Secretary of
    // Shanghai"), an acting or interim holder's too ("Acting President of the National Rally")
    const unqualified = lower.replace(/^(?:acting|interim) /, '');
    if (unqualified === bare || unqualified === title.written?.toLowerCase()) return true;
    const body = title.of.replace(/^\S+['’]s\s+/, '').toLowerCase();
    // "President of the General Assembly": the office's own head, and its body by the last words of its
    // name ("President of the United Nations General Assembly")
    const head = OFFICE_HEAD.exec(bare)?.[1];
    if (head !== undefined && lower.startsWith(`${head} of `) && lower.endsWith(` ${body}`)) return true;
    // "secretary of Iran's Supreme National Security Council": the office's own title names the body
    if (family === undefined || !title.families.includes(family)) return false;
    if (lower.endsWith(body)) return true;
    const whose = foldName(title.of);
    if (office.of !== undefined && namesOf(office.of).some((name) => foldName(name) === whose)) return true;
    // "general secretary of the Communist Party of China" and the office "… of the Chinese Communist Party": one entry's two names
    const officeBody = OFFICE_BODY.exec(office.title)?.[1];
    if (officeBody === undefined || entriesNamed === undefined) return false;
    const named = entriesNamed(title.of);
    return named.length > 0 && entriesNamed(officeBody).some((id) => named.includes(id));
  }
  // "Enlargement Commissioner" names a commissioner whose portfolio has that word ("… for Neighbourhood and Enlargement")
  // "Executive Secretary Simon Stiell": the office's own title, whatever family its last word suggests
  const written = title.written?.toLowerCase();
  if (lower === bare || lower === written) return true;
  // "the UNFCCC executive secretary": the office's own title after the name of whose office it is
  if (written !== undefined && office.of !== undefined && written.endsWith(` ${lower}`) && ownerNamed(written.slice(0, -lower.length - 1), office.of, namesOf)) return true;
  if (family === 'eu-commissioner' && title.families.includes(family)) return portfolioFits(bare, lower);
  // "Commissioner Stéphane Séjourné": a vice-president of the Commission is a member of it, a commissioner
  if (title.families.includes('eu-commissioner') && COMMISSION_VICE_PRESIDENT.test(lower)) return bare === 'commissioner' || portfolioFits(bare, lower);
  // "rights commissioner" names a state's commissioner by the portfolio's word ("Commissioner for Children's Rights")
  if (family === undefined && title.families.includes('eu-commissioner') && /\bcommissioner\b/.test(lower)) return portfolioFits(bare, lower);
  // "Climate Minister": a minister's office with the portfolio's word ("Minister of Climate and Environment")
  if (title.families.includes('portfolio-minister')) return MINISTER_OFFICE.test(lower) && portfolioFits(bare, lower);
  // "Justice Secretary": a secretary's or minister's office with the portfolio's word ("Secretary of State for Justice", "Minister of Justice")
  if (title.families.includes('portfolio-secretary')) return SECRETARY_OFFICE.test(lower) && portfolioFits(bare, lower);
  if (family && title.families.includes(family)) return true;
  // "Executive Vice-President" names the office "Executive Vice-President of the European Commission"
  if (written !== undefined && written !== bare && (lower.startsWith(`${written} of `) || lower.startsWith(`${written} for `))) return true;
  return lower.startsWith(`${bare} of `) || lower.startsWith(`${bare} for `);
}

/** Whether the words before a title ("the UNFCCC", "Grenada's") name the entity `of` (an id) whose office it is. */
function ownerNamed(words: string, of: string, namesOf: (id: string) => readonly string[]): boolean {
  const owner = foldName(words.replace(/^the\s+/, '').replace(/['’]s$/, ''));
  return owner.length > 0 && namesOf(of).some((name) => foldName(name) === owner);
}

/** A vice-president's office in the European Commission, its executive vice-presidents' too. */
const COMMISSION_VICE_PRESIDENT = /^(?:executive )?vice[- ]president of (?:the )?european commission\b/;

/** An office a minister holds: "Minister of External Affairs", "Secretary of State for Energy Security and Net Zero". */
const MINISTER_OFFICE = /^(?:acting )?(?:federal )?(?:minister|secretary of state)\b/;

/** An office a secretary or a minister holds: "Secretary of the Treasury", "Home Secretary", "Minister of Justice". */
const SECRETARY_OFFICE = /^(?:acting )?(?:federal |cabinet )?(?:minister|secretary)\b|\bsecretary$/;

/** The portfolio word of a title written "Trade Commissioner", "Climate Minister" or "Justice Secretary"; "justice" for the Lord Chancellor. */
function portfolioOf(bare: string): string | undefined {
  if (bare === 'lord chancellor') return 'justice';
  return /^(\S+) (?:cabinet )?(?:commissioner|minister|secretary)$/.exec(bare)?.[1];
}

/**
 * Whether the portfolio word of a title is in the office's title (none written: any portfolio). A
 * word ending in "y" also fits its adjective: "Economy Minister" and "Minister for Economic Affairs".
 */
function portfolioFits(bare: string, office: string): boolean {
  const portfolio = portfolioOf(bare)?.replace(/[^\p{L}-]/gu, '');
  if (portfolio === undefined) return true;
  const word = portfolio.endsWith('y') ? `${portfolio.slice(0, -1)}\\p{L}*` : portfolio;
  return portfolioPattern(word).test(office);
}

/** The pattern of a portfolio word, compiled once per word, not for each office of each titled mention's holder. */
const portfolioPattern = boundedMemo((word: string): RegExp => new RegExp(`\\b${word}\\b`, 'iu'), 1024);

/** Whose office a title says before the word that dates it: "his", "Niger's". */
const PRONOUN = String.raw`(?:his|her|their|its|our)\s+`;
const POSSESSOR = String.raw`\p{Lu}[\p{L}.-]*['’]s\s+`;
const OWNER = `(?:${PRONOUN}|${POSSESSOR})?`;
/** Words that say the holder has left the office. */
const FORMER = 'former|ex-|late|last|ousted|deposed|toppled|overthrown|exiled';

const TIME_WORD = new RegExp(String.raw`^(?:${PRONOUN})?(${POSSESSOR})?(?:then|current|acting|incoming|outgoing|${FORMER}|(?:democratically\s+)?elected|legitimate)\s+`, 'iu');
const FORMER_HOLDER = new RegExp(String.raw`^${OWNER}(?:${FORMER})\b`, 'iu');
const FUTURE_HOLDER = new RegExp(String.raw`^${OWNER}(?:(?:likely|probable|presumptive|expected|future|next|would-be|prospective|incoming|designated)\s+)+`, 'iu');
const CLAIMED_OFFICE = new RegExp(String.raw`^${OWNER}(?:democratically\s+)?(?:elected|legitimate)\b`, 'iu');

/** A title without the word that dates it ("former Foreign Minister" → "Foreign Minister"; "Niger's ousted president" → "Niger's president"). */
export const withoutTimeWord = (title: string): string => title.replace(TIME_WORD, '$1');

/** Whether a title says its holder has left the office ("former", "ex-", "late", "ousted"; "the last prime minister of East Germany"; "his former defence minister", "Niger's ousted president"). */
export const namesFormerHolder = (title: string): boolean => FORMER_HOLDER.test(title);

/** Whether a title says its holder is still to take the office ("incoming", "the likely next chancellor"; "President-elect" is another title). */
export const namesFutureHolder = (title: string): boolean => FUTURE_HOLDER.test(title);

/**
 * Whether a title claims the office by right, whoever holds it ("Niger's elected president" of a
 * president a coup deposed): right for anyone who held it, then or now.
 */
export const claimsOffice = (title: string): boolean => CLAIMED_OFFICE.test(title);

/** The names an entry goes by, for what the text writes after a title ("president of Russia", "of the United Nations"). */
export const entryNames =
  (kb: Pick<KnowledgeBase, 'get'>) =>
  (id: string): readonly string[] => {
    const entry = kb.get(id);
    return entry ? [entry.name, ...entry.aliases, ...entry.acronyms, ...entry.variants, ...entry.ambiguous] : [];
  };
