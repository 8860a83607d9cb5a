import type { Analysis, Analyzer, Settings } from '../core/index';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Analyses by document URI and version, computed lazily when a request needs them. Every request
 * on one version (diagnostics, hover, symbols, tokens) shares one analysis. Evicted on close;
 * cleared when settings or the knowledge base change.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();

  analysis(doc: TextDocument, analyzer: Analyzer, settings: Settings): Analysis {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const analysis = analyzer.analyze(doc, settings);
    this.entries.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  evict(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
