import {
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from './pieceDocument';
import { URI } from 'vscode-uri';
import type { Analysis, Analyzer, Settings } from '../core/index';
import { analysisCode, type AnalysisCode } from './analysisCode';
import { codeActionsFor } from './codeActions';
import { convertLenses, type ConvertedLenses } from './codeLenses';
import {
  SemanticTokenEncoder,
  type EncodedTokens,
  convertOutline,
  FIX_ALL_KIND,
  kbProblemDiagnostic,
  problemDiagnostic,
  convertFolds,
  toHover,
  TOKEN_TYPES,
  type ConvertedFolds,
  type ConvertedOutline,
} from './convert';
import { DiagnosticReports } from './diagnosticReports';
import { SemanticTokenReports } from './semanticTokenReports';
import { convertDiagnostics, type ConvertedDiagnostics } from './diagnosticConversion';
import { DocumentCache } from './documentCache';
import { definitionAt, kbEntryText } from './kbNavigation';
import { SettingsStore } from './settingsStore';
import { WorkspaceKnowledge } from './workspaceKnowledge';
import { WarmUps } from './warmUp';
import { EditTimings } from './editTimings';
import { collectYoungGeneration } from '../runtimeTuning';

/** What the host may inject. */
export interface ServerDeps {
  /** Today's date as YYYY-MM-DD; defaults to the clock. */
  readonly today?: () => string;
  /** Whether long documents are warmed up while left alone after opening (see `warmUp.ts`); defaults to true. */
  readonly warmUp?: boolean;
}

/** The tokens of a document that is not open. */
const NO_TOKENS: EncodedTokens = { data: new Int32Array(0), length: 0 };

/** How long pushed diagnostics wait for typing to pause. */
const PUSH_DELAY_MS = 150;

const LANGUAGE_SETTING: Record<string, keyof Settings['enable']> = { markdown: 'markdown', plaintext: 'plaintext', text: 'plaintext', policy: 'policy' };

/**
 * Wires the core to an LSP connection: capabilities, then a table of handlers. Works with any
 * client: pulls configuration when it can, pushes diagnostics when the client cannot pull them.
 */
export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  // each edit's arrival noted, so that a trace can say how long the server took for it (see `EditTimings`)
  const editTimings = new EditTimings();
  // documents kept in parts, so that a keystroke's analysis need not make the whole new text (see `PieceDocument`)
  const documents = new TextDocuments<PieceDocument>({
    create: PieceDocument.create,
    update: (document, changes, version) => {
      editTimings.arrived(document.uri, version);
      return PieceDocument.update(document, changes, version);
    },
  });
  const cache = new DocumentCache();
  const reports = new DiagnosticReports();
  const tokenReports = new SemanticTokenReports();
  // each document's diagnostics, outline, folds and code lenses as last converted, for the next version's (see `convertDiagnostics`, `convertOutline`, `convertFolds`, `convertLenses`)
  const lastConverted = new Map<
    string,
    {
      diagnostics?: ConvertedDiagnostics;
      outline?: ConvertedOutline;
      folds?: ConvertedFolds;
      lenses?: ConvertedLenses;
      /** The diagnostics of the warm-up's last keystroke, until it analyses the open version again. */
      warmingUp?: ConvertedDiagnostics;
    }
  >();
  const lastConvertedOf = (uri: string) => {
    let last = lastConverted.get(uri);
    if (!last) lastConverted.set(uri, (last = {}));
    return last;
  };
  let settingsStore: SettingsStore | undefined;
  let knowledge = new WorkspaceKnowledge([]);
  // made once the workspace folders are known (see onInitialize), or by the first request that needs it
  let analyzer: Analyzer | undefined;
  let kbProblems = new Map<string, Diagnostic[]>();
  // a broken installation is said once per session, not at every reload
  let builtinProblemShown = false;
  let pushDiagnostics = true;
  let canRefresh = false;
  let virtualDocuments = false;
  const timers = new Map<string, NodeJS.Timeout>();

  /** Runs a handler; an exception is logged and the request gets the empty answer. */
  const guard =
    <P extends unknown[], R>(name: string, empty: R, handler: (...args: P) => R | Promise<R>) =>
    async (...args: P): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        connection.console.error(`Policy Lens: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };

  // a broken installation is said once per session, as its knowledge base's problems are
  let missingCodeShown = false;
  /** The analysis code (see `analysisCode.ts`); an installation without it is told once and the request answered empty. */
  const code = (): AnalysisCode => {
    try {
      return analysisCode();
    } catch (error) {
      if (!missingCodeShown) {
        missingCodeShown = true;
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Error,
          message: `Policy Lens ${error instanceof Error ? error.message : String(error)}, so it analyses nothing; reinstalling it restores the file.`,
        });
      }
      throw error;
    }
  };

  const settingsFor = (uri: string) => settingsStore?.get(uri) ?? Promise.resolve(code().defaultSettings);

  /** The analysis of an open, enabled document, or undefined. */
  const analysisOf = async (uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> => {
    const doc = documents.get(uri);
    if (!doc || knowledge.isKbFile(uri)) return undefined;
    const settings = await settingsFor(uri);
    const enabledBy = LANGUAGE_SETTING[doc.languageId];
    if (enabledBy && !settings.enable[enabledBy]) return undefined;
    return { doc, analysis: cache.analysis(doc, currentAnalyzer(), settings) };
  };

  const diagnosticsOf = async (uri: string): Promise<Diagnostic[]> => {
    const path = URI.parse(uri).fsPath;
    if (knowledge.isKbFile(uri)) {
      currentAnalyzer(); // loading the knowledge base is what finds its files' problems
      return kbProblems.get(path) ?? [];
    }
    const result = await analysisOf(uri);
    if (!result) return [];
    const { doc, analysis } = result;
    const last = lastConvertedOf(uri);
    const { diagnostics } = (last.diagnostics = convertDiagnostics(doc, analysis.findings, last.diagnostics));
    return analysis.problems.length === 0 ? (diagnostics as Diagnostic[]) : [...analysis.problems.map((p) => problemDiagnostic(doc, p)), ...diagnostics];
  };

  // keystrokes in a long document, analysed once while the user reads, are fast from the first (see `warmUp.ts`)
  const warmUps = new WarmUps({
    document: (uri) => documents.get(uri),
    analyze: async (uri, version) => {
      const open = await analysisOf(uri);
      if (!open) return false;
      const analysis = currentAnalyzer().analyze(version, await settingsFor(uri));
      // what a pull of its diagnostics does up to the answer, which is dropped: they are converted and compared with the last report
      // a warm-up's keystroke after its first is converted from the one before, as typing's are
      const last = lastConvertedOf(uri);
      const converted = convertDiagnostics(version, analysis.findings, last.warmingUp ?? last.diagnostics);
      reports.holds(uri, converted.diagnostics);
      last.warmingUp = version === open.doc ? undefined : converted;
      // the cache keeps the opening's analysis of the open version, not the warm-up's equal one: that
      // one's proposals, outline nodes and folds are the opening's moved by the warm-up's edits, made
      // when read, so the host's first outline, folds or tokens after the warm-up made them all again
      // (1.2 MB in a 1 MB treaty text), after its collection, and the first young-generation collection
      // among the first keystrokes copied them. The two share their lists; the next keystroke's
      // analysis replaces both.
      return true;
    },
    prepareKnowledge: () => currentAnalyzer().prepare(),
    log: (message) => connection.console.log(message),
    error: (message) => connection.console.error(message),
    collectGarbage: collectYoungGeneration,
  });

  const publish = guard('publishDiagnostics', undefined, async (uri: string) => {
    await connection.sendDiagnostics({ uri, diagnostics: await diagnosticsOf(uri) });
  });

  const schedulePush = (uri: string) => {
    if (!pushDiagnostics) return;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void publish(uri), PUSH_DELAY_MS));
  };

  /** Everything depends on settings and the knowledge base: after a change, start again. */
  const refreshAll = async () => {
    cache.clear();
    lastConverted.clear();
    if (pushDiagnostics) for (const doc of documents.all()) await publish(doc.uri);
    else if (canRefresh) await connection.languages.diagnostics.refresh();
  };

  const reloadKnowledge = (): Analyzer => {
    const { createAnalyzer } = code();
    const loaded = knowledge.load();
    for (const message of loaded.builtinProblems) connection.console.error(`Policy Lens built-in knowledge base: ${message}`);
    if (loaded.builtinProblems.length > 0 && !builtinProblemShown) {
      // the log alone goes unseen: without its data the server recognizes next to nothing
      builtinProblemShown = true;
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `Policy Lens could not read part of its built-in knowledge base, so it will miss names; reinstalling it restores the files. ${loaded.builtinProblems[0]}`,
      });
    }
    const reloaded = createAnalyzer({ kb: loaded.kb, ...(deps.today ? { today: deps.today } : {}) });
    analyzer = reloaded;
    const previous = kbProblems;
    kbProblems = new Map();
    for (const problem of loaded.problems) {
      // offsets are into the text the loader read: the open buffer, or the file on disk
      const uri = URI.file(problem.path).toString();
      const doc = documents.get(uri) ?? TextDocument.create(uri, 'yaml', 0, loaded.texts.get(problem.path) ?? '');
      const list = kbProblems.get(problem.path) ?? [];
      list.push(kbProblemDiagnostic(doc, problem));
      kbProblems.set(problem.path, list);
    }
    if (pushDiagnostics) {
      for (const path of new Set([...previous.keys(), ...kbProblems.keys(), ...loaded.texts.keys()])) {
        void connection.sendDiagnostics({ uri: URI.file(path).toString(), diagnostics: kbProblems.get(path) ?? [] });
      }
    }
    return reloaded;
  };

  /** The analyzer over the loaded knowledge base, loading it first if it is not loaded yet. */
  const currentAnalyzer = (): Analyzer => analyzer ?? reloadKnowledge();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pushDiagnostics = !capabilities.textDocument?.diagnostic;
    canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    const options = (params.initializationOptions ?? {}) as { virtualDocuments?: unknown; settings?: unknown };
    virtualDocuments = options.virtualDocuments === true;
    settingsStore = new SettingsStore(connection, capabilities.workspace?.configuration === true, options.settings ?? params.initializationOptions);
    const roots = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (roots.length === 0 && params.rootUri) roots.push(URI.parse(params.rootUri).fsPath);
    // the knowledge base loads once the client has the answer (see onInitialized), or at the first
    // request that needs it: the answer waits for nothing but the capabilities
    knowledge = new WorkspaceKnowledge(roots);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Policy Lens' },
        foldingRangeProvider: true,
        definitionProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: { delta: true }, range: true },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        ...(pushDiagnostics ? {} : { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false, identifier: 'policy-lens' } }),
      },
      serverInfo: { name: 'policy-lens-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      currentAnalyzer();
      const first = documents.all()[0]?.uri;
      const settings = await settingsFor(first ?? '');
      if (settings.knowledgeBaseFolder !== code().defaultSettings.knowledgeBaseFolder) {
        knowledge.setFolder(settings.knowledgeBaseFolder);
        reloadKnowledge();
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, async (change) => {
      settingsStore?.reset(change.settings);
      const settings = await settingsFor(documents.all()[0]?.uri ?? '');
      knowledge.setFolder(settings.knowledgeBaseFolder);
      reloadKnowledge();
      await refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, async () => {
      reloadKnowledge();
      await refreshAll();
    }),
  );

  documents.onDidChangeContent((change) => {
    if (knowledge.isKbFile(change.document.uri)) {
      knowledge.setBuffer(change.document.uri, change.document.getText());
      reloadKnowledge();
      void refreshAll();
      return;
    }
    schedulePush(change.document.uri);
    warmUps.changed(change.document.uri);
    const last = lastConverted.get(change.document.uri);
    if (last) last.warmingUp = undefined;
  });
  documents.onDidOpen((event) => {
    if (deps.warmUp !== false && !knowledge.isKbFile(event.document.uri)) warmUps.opened(event.document.uri, event.document.length);
  });
  documents.onDidClose((event) => {
    cache.evict(event.document.uri);
    reports.forget(event.document.uri);
    tokenReports.forget(event.document.uri);
    settingsStore?.forget(event.document.uri);
    clearTimeout(timers.get(event.document.uri));
    editTimings.forget(event.document.uri);
    lastConverted.delete(event.document.uri);
    warmUps.closed(event.document.uri);
    if (knowledge.isKbFile(event.document.uri)) {
      knowledge.setBuffer(event.document.uri, undefined);
      reloadKnowledge();
    } else if (pushDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(
    guard('hover', null, async ({ textDocument, position }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return null;
      const info = currentAnalyzer().hover(result.analysis, result.doc.offsetAt(position));
      return info ? toHover(result.doc, info) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async ({ textDocument }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return [];
      // the outline view, breadcrumbs and sticky scroll all ask for the same version's symbols: converted once
      const last = lastConvertedOf(textDocument.uri);
      return (last.outline = convertOutline(result.doc, result.analysis, last.outline)).symbols;
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRange', [], async ({ textDocument }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return [];
      const last = lastConvertedOf(textDocument.uri);
      return (last.folds = convertFolds(result.doc, result.analysis, last.folds)).ranges;
    }),
  );

  // encoded as the analysis hands the spans over, with no list of spans in between
  const tokensOf = async (uri: string): Promise<EncodedTokens> => {
    const result = await analysisOf(uri);
    if (!result) return NO_TOKENS;
    const { analysis } = result;
    const encoder = new SemanticTokenEncoder(result.doc, currentAnalyzer().semanticSpanBound(analysis), tokenReports.takeSpare(uri));
    currentAnalyzer().visitSemanticSpans(analysis, (start, end, type) => encoder.add(start, end, type));
    return encoder.tokens;
  };
  connection.languages.semanticTokens.on(
    guard('semanticTokens', { data: [] }, async ({ textDocument }) => tokenReports.full(textDocument.uri, await tokensOf(textDocument.uri))),
  );
  // after an edit, only the stretch of the list that changed (see `SemanticTokenReports`)
  connection.languages.semanticTokens.onDelta(
    guard('semanticTokens/full/delta', { data: [] } as SemanticTokens | SemanticTokensDelta, async ({ textDocument, previousResultId }) =>
      tokenReports.delta(textDocument.uri, await tokensOf(textDocument.uri), previousResultId),
    ),
  );

  // a range provider too: in Markdown, VS Code otherwise prefers the built-in extension's range provider
  connection.languages.semanticTokens.onRange(
    guard('semanticTokens/range', { data: [] }, async ({ textDocument, range }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return { data: [] };
      const start = result.doc.offsetAt(range.start);
      const end = result.doc.offsetAt(range.end);
      const encoder = new SemanticTokenEncoder(result.doc, 0);
      currentAnalyzer().visitSemanticSpans(result.analysis, (spanStart, spanEnd, type) => {
        if (spanEnd > start && spanStart < end) encoder.add(spanStart, spanEnd, type);
      });
      return { data: encoder.finish() };
    }),
  );

  connection.languages.diagnostics.on(
    guard('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async ({ textDocument, previousResultId }) => {
      const { uri } = textDocument;
      const version = documents.get(uri)?.version;
      const report = reports.report(uri, await diagnosticsOf(uri), previousResultId);
      // with the trace on, the server's own time for the edit, which a client's clock cannot tell apart
      const ms = version === undefined ? undefined : editTimings.takeSince(uri, version);
      if (ms !== undefined) connection.tracer.log(`Policy Lens: diagnostics of ${uri} version ${version} answered ${ms.toFixed(3)} ms after its edit arrived`);
      return report;
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], async (params: CodeActionParams) => {
      const result = await analysisOf(params.textDocument.uri);
      if (!result) return [];
      const settings = await settingsFor(params.textDocument.uri);
      return codeActionsFor(result.doc, result.analysis, params, knowledge, settings.knowledgeBaseFolder);
    }),
  );

  connection.onDefinition(
    guard('definition', null, async ({ textDocument, position }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return null;
      return definitionAt(currentAnalyzer().kb, result.analysis, result.doc.offsetAt(position), virtualDocuments);
    }),
  );

  connection.onRequest(
    'policyLens/kbEntry',
    guard('kbEntry', null, (params: { uri: string }) => kbEntryText(currentAnalyzer().kb, params.uri)),
  );

  connection.onRequest(
    'policyLens/summary',
    guard('summary', null, async (params: { uri: string }) => {
      const result = await analysisOf(params.uri);
      if (!result) return null;
      const { contract, contractFile, summaryCsv, summaryMarkdown, summaryRows } = code();
      const rows = summaryRows(currentAnalyzer().kb, result.analysis);
      const json = contract([contractFile(URI.parse(params.uri).fsPath || params.uri, result.doc.getText(), result.analysis)]);
      return { rows, markdown: summaryMarkdown(rows), csv: summaryCsv(rows), json: `${JSON.stringify(json, null, 2)}\n` };
    }),
  );

  connection.onCodeLens(
    guard('codeLens', [], async ({ textDocument }) => {
      const result = await analysisOf(textDocument.uri);
      if (!result) return [];
      const last = lastConvertedOf(textDocument.uri);
      return (last.lenses = convertLenses(result.doc, result.analysis, currentAnalyzer().kb, last.lenses)).lenses;
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** The version reported in `serverInfo`; the bundler replaces it with package.json's. */
declare const __POLICY_LENS_VERSION__: string | undefined;
const SERVER_VERSION = typeof __POLICY_LENS_VERSION__ === 'string' ? __POLICY_LENS_VERSION__ : '0.0.0-dev';
