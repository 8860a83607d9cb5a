import { LineIndex, ruleInfos, type Analysis, type Severity } from '../core/index';
import { diagnosticsOf } from './formatText';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const DOCS = 'https://github.com/policy-lens/policy-lens#rule-';

/** The diagnostics of several files as one SARIF 2.1.0 log, for code-scanning dashboards. */
export function toSarif(files: readonly { file: string; text: string; analysis: Analysis }[], version: string): unknown {
  const results = files.flatMap(({ file, text, analysis }) => {
    const lines = new LineIndex(text);
    const region = (from: number, to: number) => {
      const start = lines.positionAt(from);
      const stop = lines.positionAt(to);
      return { startLine: start.line + 1, startColumn: start.character + 1, endLine: stop.line + 1, endColumn: stop.character + 1 };
    };
    const uri = file.split('\\').join('/');
    return diagnosticsOf(analysis).map((d) => {
      const end = d.end ?? d.start;
      // SARIF's fixes: each a description and the replacements of one artifact (the file)
      const fixes = d.fixes?.length
        ? d.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.newText } })) }],
          }))
        : undefined;
      return {
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: region(d.start, end),
            },
          },
        ],
        ...(fixes ? { fixes } : {}),
      };
    });
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Policy Lens',
            version,
            informationUri: 'https://github.com/policy-lens/policy-lens',
            rules: ruleInfos.map((r) => ({ id: r.id, shortDescription: { text: r.description }, helpUri: DOCS + r.id, defaultConfiguration: { level: LEVEL[r.defaultLevel] } })),
          },
        },
        results,
      },
    ],
  };
}
