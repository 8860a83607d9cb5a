import { LineIndex, type Analysis, type Finding, type KnowledgeBase } from '../core/index';

/** `file:line:col severity code message`, 1-based, as compilers print. */
export function findingLine(file: string, lines: LineIndex, f: Pick<Finding, 'start' | 'severity' | 'code' | 'message'>): string {
  const { line, character } = lines.positionAt(f.start);
  return `${file}:${line + 1}:${character + 1} ${f.severity} ${f.code} ${f.message}`;
}

/** Every diagnostic of an analysis, problems with the input first. */
export function diagnosticsOf(analysis: Analysis): (Pick<Finding, 'start' | 'severity' | 'code' | 'message'> & Partial<Pick<Finding, 'end' | 'fixes'>>)[] {
  return [...analysis.problems.map((p) => ({ start: p.span?.start ?? 0, severity: 'information' as const, code: 'policy-lens', message: p.message })), ...analysis.findings];
}

/** The human-readable report of `analyze`: entities by kind, proposals, diagnostics. */
export function formatAnalysisText(file: string, text: string, analysis: Analysis, kb: KnowledgeBase): string {
  const lines = new LineIndex(text);
  const out: string[] = [`${file}`, `  document date: ${analysis.date.iso} (${analysis.date.source})`];
  for (const kind of ['treaty', 'actor', 'place'] as const) {
    const counts = new Map<string, number>();
    for (const m of analysis.mentions) if (m.kind === kind) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    if (counts.size === 0) continue;
    const label = kind === 'treaty' ? 'treaties' : `${kind}s`;
    out.push(`  ${label} (${counts.size}):`);
    for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) out.push(`    ${kb.get(id)?.name ?? id}  ×${n}`);
  }
  if (analysis.proposals.length > 0) {
    out.push(`  proposals (${analysis.proposals.length}):`);
    for (const p of analysis.proposals) {
      const depth = p.parent === undefined ? '' : '  ';
      out.push(`    ${depth}${p.ordinal}. ${p.title}  [${p.marker}, line ${lines.positionAt(p.start).line + 1}]`);
    }
  }
  const diagnostics = diagnosticsOf(analysis);
  if (diagnostics.length > 0) {
    out.push(`  diagnostics (${diagnostics.length}):`);
    for (const d of diagnostics) out.push(`    ${findingLine(file, lines, d)}`);
  }
  return out.join('\n') + '\n';
}
