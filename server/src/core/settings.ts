import { ruleInfos, ruleLevels, type RuleId, type RuleLevel } from './rules/registry';

/** Everything the user can configure, with its defaults. One definition: package.json mirrors it. */
export interface Settings {
  readonly enable: { readonly markdown: boolean; readonly plaintext: boolean; readonly policy: boolean };
  /** A fixed document date (`YYYY-MM-DD`); empty means: read it from the text, else today. */
  readonly documentDate: string;
  readonly rules: Readonly<Record<RuleId, RuleLevel>>;
  /** Documents longer than this many characters are not analysed, with a message instead. */
  readonly maxDocumentLength: number;
  /** The workspace folder (relative to each workspace root) holding the team's knowledge-base files. */
  readonly knowledgeBaseFolder: string;
  /** The team's style list: a spelling and the spelling to write instead. */
  readonly preferredSpellings: Readonly<Record<string, string>>;
  readonly trace: { readonly server: 'off' | 'messages' | 'verbose' };
}

/** The defaults, also declared under `contributes.configuration` in package.json (a test checks). */
export const defaultSettings: Settings = Object.freeze({
  enable: Object.freeze({ markdown: true, plaintext: true, policy: true }),
  documentDate: '',
  rules: Object.freeze(Object.fromEntries(ruleInfos.map((r) => [r.id, r.defaultLevel])) as Record<RuleId, RuleLevel>),
  maxDocumentLength: 20_000_000,
  knowledgeBaseFolder: '.policy-lens',
  preferredSpellings: Object.freeze({ Kiev: 'Kyiv' }),
  trace: Object.freeze({ server: 'off' as const }),
});

const TRACE_LEVELS: readonly string[] = ['off', 'messages', 'verbose'];

export interface SettingsResult {
  readonly settings: Settings;
  /** One message per ignored key or value; the default was used instead. */
  readonly problems: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the `policyLens` configuration section as an untrusted value. Unknown keys and values of
 * the wrong type fall back to the defaults and are reported; never throws.
 */
export function parseSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings, problems };
  if (!isRecord(raw)) return { settings: defaultSettings, problems: ['policyLens: expected an object of settings'] };

  const pick = <T>(key: string, value: unknown, fallback: T, ok: (v: unknown) => boolean, expected: string): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value as T;
    problems.push(`policyLens.${key}: expected ${expected}, got ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const isBool = (v: unknown) => typeof v === 'boolean';
  const section = (key: string): Record<string, unknown> => {
    const value = raw[key];
    if (value === undefined) return {};
    if (isRecord(value)) return value;
    problems.push(`policyLens.${key}: expected an object`);
    return {};
  };
  const reportUnknown = (prefix: string, obj: Record<string, unknown>, known: readonly string[]) => {
    for (const key of Object.keys(obj)) if (!known.includes(key)) problems.push(`policyLens.${prefix}${key}: unknown setting, ignored`);
  };

  reportUnknown('', raw, ['enable', 'documentDate', 'rules', 'maxDocumentLength', 'knowledgeBaseFolder', 'preferredSpellings', 'trace']);
  const enableRaw = section('enable');
  reportUnknown('enable.', enableRaw, ['markdown', 'plaintext', 'policy']);
  const enable = {
    markdown: pick('enable.markdown', enableRaw.markdown, true, isBool, 'true or false'),
    plaintext: pick('enable.plaintext', enableRaw.plaintext, true, isBool, 'true or false'),
    policy: pick('enable.policy', enableRaw.policy, true, isBool, 'true or false'),
  };
  const documentDate = pick(
    'documentDate',
    raw.documentDate,
    '',
    (v) => typeof v === 'string' && (v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)))),
    'a date as YYYY-MM-DD, or ""',
  );
  const rulesRaw = section('rules');
  reportUnknown('rules.', rulesRaw, ruleInfos.map((r) => r.id));
  const rules = Object.fromEntries(
    ruleInfos.map((r) => [
      r.id,
      pick(`rules.${r.id}`, rulesRaw[r.id], defaultSettings.rules[r.id], (v) => ruleLevels.includes(v as RuleLevel), ruleLevels.join('|')),
    ]),
  ) as Record<RuleId, RuleLevel>;
  const maxDocumentLength = pick(
    'maxDocumentLength',
    raw.maxDocumentLength,
    defaultSettings.maxDocumentLength,
    (v) => typeof v === 'number' && Number.isInteger(v) && v > 0,
    'a positive whole number',
  );
  const knowledgeBaseFolder = pick(
    'knowledgeBaseFolder',
    raw.knowledgeBaseFolder,
    defaultSettings.knowledgeBaseFolder,
    (v) => typeof v === 'string' && v.trim() !== '' && !/^[/\\]|^[a-zA-Z]:|(^|[/\\])\.\.([/\\]|$)/.test(v),
    'a folder path relative to the workspace root, without ".."',
  );
  const preferredSpellings = pick(
    'preferredSpellings',
    raw.preferredSpellings,
    defaultSettings.preferredSpellings,
    (v) => isRecord(v) && Object.entries(v).every(([from, to]) => typeof to === 'string' && from.trim() !== '' && to !== from),
    'an object mapping a spelling to the one to write instead, e.g. {"Kiev": "Kyiv"}',
  );
  const traceRaw = section('trace');
  reportUnknown('trace.', traceRaw, ['server']);
  const trace = {
    server: pick('trace.server', traceRaw.server, 'off' as const, (v) => TRACE_LEVELS.includes(v as string), 'off|messages|verbose'),
  };
  return { settings: { enable, documentDate, rules, maxDocumentLength, knowledgeBaseFolder, preferredSpellings, trace }, problems };
}
