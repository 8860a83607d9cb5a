import type * as YamlModule from 'yaml';
import type { Document } from 'yaml';
import type { Span } from '../core/index';

/** A user knowledge-base file parsed for the loader, able to locate any key path in its text. */
export interface ParsedKbFile {
  readonly path: string;
  /** The parsed content, or undefined when the file does not parse. */
  readonly data: unknown;
  /** Syntax errors, located. */
  readonly syntaxErrors: readonly { readonly message: string; readonly span: Span }[];
  /** The span of the value at a key path, or of the nearest ancestor that exists. */
  locate(path: readonly (string | number)[]): Span;
}

type Yaml = typeof YamlModule;
let yamlModule: Yaml | undefined;
/**
 * The YAML parser, loaded when the first user file is read: most workspaces have none, and loading
 * it took about a twentieth of the server's start-up, before it could answer `initialize`.
 */
function yaml(): Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred load; `import()` would make parsing asynchronous
  return (yamlModule ??= require('yaml') as Yaml);
}

/**
 * Parses a `.json`, `.yaml` or `.yml` knowledge-base file. JSON is parsed as YAML (a superset), so
 * both keep source positions for error messages at the offending key. Never throws.
 */
export function parseKbFile(path: string, text: string): ParsedKbFile {
  let doc: Document.Parsed | undefined;
  try {
    doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch {
    doc = undefined;
  }
  const syntaxErrors = (doc?.errors ?? []).map((e) => ({ message: e.message.split('\n')[0]!, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) } }));
  const data = doc && syntaxErrors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  const { isMap, isSeq } = yaml();
  const locate = (keys: readonly (string | number)[]): Span => {
    let node: unknown = doc?.contents;
    let span: Span = { start: 0, end: Math.min(text.length, 1) };
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as { range?: [number, number, number] }).range;
        if (keyRange) span = { start: keyRange[0], end: keyRange[1] };
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else break;
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range && !isMap(node) && !isSeq(node)) span = { start: range[0], end: range[1] };
      else if (range && typeof key === 'number') span = { start: range[0], end: Math.min(range[1], range[0] + 1) };
    }
    return span;
  };
  return { path, data, syntaxErrors, locate };
}
