// Protocol-level measurements through the real server over stdio: start-up to the `initialize`
// result, keystroke to fresh diagnostics, hover and outline latency, and resident memory with
// many open documents. The client declares pull diagnostics, as VS Code does.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { now, percentile, scaled } from './measure.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const { LineIndex } = require('../../out/server/src/core/index.js');
const { SERVER_ENV, SERVER_NODE_FLAGS } = require('../../out/client/src/serverLaunch.js');

const SERVER = new URL('../../dist/server.js', import.meta.url).pathname;
const MINIMAL_SERVER = new URL('./minimalServer.mjs', import.meta.url).pathname;
const root = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bench-'));

/**
 * Starts a server and initializes it; resolves with the connection and the time it took. Ours
 * (`ours`) gets the Node flags and the environment the VS Code client starts it with; a bare server
 * gets none.
 */
async function startServer(script = SERVER, serverArgs = [], ours = script === SERVER) {
  const start = now();
  const nodeFlags = [...(ours ? SERVER_NODE_FLAGS : []), ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...nodeFlags, script, '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'inherit'], env: ours ? { ...process.env, ...SERVER_ENV } : process.env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('client/registerCapability', () => null);
  // with the trace on, our server says after each keystroke's pull how long it took for that edit,
  // timed inside it (see `server/src/lsp/editTimings.ts`); the bare servers say nothing
  const serverTimes = [];
  connection.onNotification('$/logTrace', ({ message }) => {
    const timed = / answered (\d+\.\d+) ms after its edit arrived$/.exec(message);
    if (timed) serverTimes.push(Number(timed[1]));
  });
  connection.listen();
  const uri = `file://${root}`;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    trace: 'messages',
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  const startup = now() - start;
  await connection.sendNotification('initialized', {});
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  };
  return { connection, child, startup, spawned: start, stop, serverTimes };
}

/**
 * Our server's own time for the keystroke whose pull was just answered: its trace message comes
 * before the answer, on the same pipe.
 */
function serverTimeOfLastKeystroke({ serverTimes }) {
  if (serverTimes.length !== 1) throw new Error(`expected the server's time for one keystroke, got ${serverTimes.length}`);
  return serverTimes.pop();
}

/** A process's resident memory now (`VmRSS`) or at its peak (`VmHWM`), in MB, from /proc (Linux). */
function residentMB(pid, field = 'VmRSS') {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

const open = (connection, uri, text) =>
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
/** Pulls a document's diagnostics with the last result id that server gave, as VS Code does. */
const resultIds = new WeakMap();
async function pull(connection, uri) {
  if (!resultIds.has(connection)) resultIds.set(connection, new Map());
  const ids = resultIds.get(connection);
  const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: ids.get(uri) });
  ids.set(uri, report.resultId);
  return report;
}

/** The small document whose first diagnostics the start-up measurements wait for (2 KB). */
export const SMALL_DOCUMENT = 'The INF Treaty still bans such missiles. Moscow insists on it.\n\nFirst, NATO should reopen talks.\n'.repeat(20);

/**
 * One start of our server `server` (a path to its bundle): the time from spawning it to the
 * `initialize` result (`startup`), and to the first diagnostics of `SMALL_DOCUMENT`, opened as soon
 * as it has answered (`firstDiagnostics`), which include the knowledge base's load.
 */
export async function startToFirstDiagnostics(server = SERVER) {
  const started = await startServer(server, [], true);
  const uri = 'file:///bench/small.md';
  await open(started.connection, uri, SMALL_DOCUMENT);
  const report = await pull(started.connection, uri);
  if (report.items.length === 0) throw new Error('the first diagnostics of the small document are empty');
  const firstDiagnostics = now() - started.spawned;
  await started.stop();
  return { startup: started.startup, firstDiagnostics };
}

/**
 * Median time from spawning to the `initialize` result, for Policy Lens and for two baselines: a
 * server that loads nothing but vscode-languageserver, as Node resolves it from node_modules, and
 * the same server bundled into one file as ours is (`bundledBaseline`, when given: the floor for a
 * bundled server). Runs alternate, so noise hits all alike.
 * Policy Lens loads its knowledge base just after answering, so the time to the first diagnostics
 * of a small document, which includes that load, is measured too.
 */
export async function measureStartup(server = SERVER, runs = scaled(9, 1), bundledBaseline = undefined) {
  const times = { server: [], baseline: [], bundledBaseline: [], firstDiagnostics: [] };
  const baselines = [['baseline', MINIMAL_SERVER], ...(bundledBaseline ? [['bundledBaseline', bundledBaseline]] : [])];
  for (let i = 0; i < runs; i++) {
    const ours = await startToFirstDiagnostics(server);
    times.server.push(ours.startup);
    times.firstDiagnostics.push(ours.firstDiagnostics);
    for (const [key, script] of baselines) {
      const started = await startServer(script, [], false);
      times[key].push(started.startup);
      await started.stop();
    }
  }
  return {
    server: percentile(times.server, 0.5),
    baseline: percentile(times.baseline, 0.5),
    bundledBaseline: times.bundledBaseline.length > 0 ? percentile(times.bundledBaseline, 0.5) : undefined,
    firstDiagnostics: percentile(times.firstDiagnostics, 0.5),
  };
}

const BARE_DOCUMENT_SERVER = new URL('./bareDocumentServer.mjs', import.meta.url).pathname;

/**
 * Types `keystrokes` characters (after 20 warm-up ones) into the middle of `text`, open in our server
 * and in the bare one, alternating, each timed from `didChange` to the answer of the pull that
 * follows; `paceMs` apart when asked, as a typist leaves time between keys. Our server's own time
 * for each keystroke, as it timed it, comes too (`insideServer`).
 */
async function typeInto(server, bareEditor, uri, text, keystrokes, paceMs = 0) {
  const lines = new LineIndex(text);
  let at = lines.positionAt(text.indexOf('\n\n', text.length / 2));
  const keystroke = [];
  const bareKeystroke = [];
  const insideServer = [];
  const WARM_UP = scaled(20, 2);
  for (let version = 2; version < keystrokes + WARM_UP + 2; version++) {
    for (const [times, started] of [[keystroke, server], [bareKeystroke, bareEditor]]) {
      const { connection } = started;
      const start = now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
      await pull(connection, uri);
      const time = now() - start;
      const inside = started === server ? serverTimeOfLastKeystroke(server) : undefined;
      if (version < WARM_UP + 2) continue;
      times.push(time);
      if (inside !== undefined) insideServer.push(inside);
    }
    at = { line: at.line, character: at.character + 1 };
    if (paceMs > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
  }
  return { keystroke, bareKeystroke, insideServer };
}

/** Our server and the bare one, each with `text` open and its diagnostics pulled once. */
async function editors(text, uri) {
  const server = await startServer();
  const bareEditor = await startServer(BARE_DOCUMENT_SERVER);
  for (const { connection } of [server, bareEditor]) {
    await open(connection, uri, text);
    await pull(connection, uri);
  }
  return { server, bareEditor };
}

/** Keystrokes `paceMs` apart, in fresh servers: the pause lets the machine idle between them. */
export async function measurePacedTyping(text, paceMs, keystrokes = scaled(200, 3)) {
  const uri = 'file:///bench/paced.md';
  const { server, bareEditor } = await editors(text, uri);
  const typed = await typeInto(server, bareEditor, uri, text, keystrokes, paceMs);
  await bareEditor.stop();
  await server.stop();
  return typed;
}

/**
 * Types `keystrokes` characters (after 20 not timed), one by one, into the middle of a document and
 * asks for its diagnostics after each; then asks for hovers and the outline at mentions. Each request
 * alternates with the same request to a bare server (see `bareDocumentServer.mjs`, `minimalServer.mjs`)
 * holding the same document, so that the transport's own cost is known and the machine's drift hits
 * both alike. Times in ms.
 */
export async function measureEditing(text, mentionOffsets, keystrokes = scaled(200, 3)) {
  const uri = 'file:///bench/long.md';
  const { server, bareEditor } = await editors(text, uri);
  const lines = new LineIndex(text);
  const { keystroke, bareKeystroke, insideServer } = await typeInto(server, bareEditor, uri, text, keystrokes);
  const { connection } = server;
  const hover = [];
  const bareHover = [];
  // the transport's own cost: the bare server answers each hover at once, with a line of Markdown
  const bare = await startServer(MINIMAL_SERVER);
  await open(bare.connection, uri, text);
  // the typed characters sit in the middle; positions before them are unchanged
  for (const offset of mentionOffsets.filter((o) => o < text.length / 2).slice(0, 200)) {
    const position = lines.positionAt(offset + 1);
    for (const [times, target] of [[hover, connection], [bareHover, bare.connection]]) {
      const start = now();
      await target.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      times.push(now() - start);
    }
  }
  await bare.stop();
  // the outline, and the bare server answering with the same symbols
  const symbols = [];
  const bareSymbols = [];
  const outline = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  await bareEditor.connection.sendNotification('bench/symbols', outline);
  for (let i = 0; i < scaled(40, 2); i++) {
    for (const [times, target] of [[symbols, connection], [bareSymbols, bareEditor.connection]]) {
      const start = now();
      await target.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      times.push(now() - start);
    }
  }
  await bareEditor.stop();
  const tokens = await typeForTokens(connection, uri, lines.positionAt(text.indexOf('\n\n', text.length / 4)));
  await server.stop();
  return { keystroke, bareKeystroke, insideServer, hover, bareHover, symbols, bareSymbols, symbolCount: countSymbols(outline), tokens };
}

/** How long a user reads a document just opened before typing, in the rows that pause (a smoke run's documents are too short to be warmed up). */
export const READER_PAUSE_MS = scaled(1500, 10);

/**
 * The first `keystrokes` keystrokes after opening `text` in fresh servers (`runs` of each way),
 * typed at offset `at` (by default a paragraph's end in the middle of the text), in three ways:
 * typed at once; after a reader's pause (`READER_PAUSE_MS`), in which the server warms the
 * keystroke paths up (see `server/src/lsp/warmUp.ts`); and after the same pause in a server
 * started with `--no-warm-up`. The ways alternate, run after run, so that the machine's drift hits
 * all alike. Times in ms, by way, all runs' keystrokes together: at the client (`times`) and as the
 * server timed its own work for each (`insideServer`).
 */
export async function measureFirstKeystrokes(text, at = text.indexOf('\n\n', text.length / 2), keystrokes = scaled(20, 2), runs = scaled(4, 1)) {
  const ways = { atOnce: { pauseMs: 0, args: [] }, afterPause: { pauseMs: READER_PAUSE_MS, args: [] }, afterPauseNoWarmUp: { pauseMs: READER_PAUSE_MS, args: ['--no-warm-up'] } };
  const times = { atOnce: [], afterPause: [], afterPauseNoWarmUp: [] };
  const insideServer = { atOnce: [], afterPause: [], afterPauseNoWarmUp: [] };
  const order = Object.keys(ways);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < order.length; k++) {
      const way = order[(run + k) % order.length];
      const typed = await firstKeystrokes(text, at, keystrokes, ways[way]);
      times[way].push(...typed.times);
      insideServer[way].push(...typed.insideServer);
    }
  }
  return { times, insideServer };
}

/**
 * One server's first keystrokes, each timed from `didChange` to the answer of the pull that follows,
 * as `typeInto` times them. Before typing, the client asks what VS Code asks when it shows a
 * document (diagnostics, outline, folding ranges, semantic tokens), so that the keystrokes meet the
 * server as a user's would: the in-process row of the first keystrokes has nothing between opening
 * and typing, and pays there for collecting what the opening left.
 */
async function firstKeystrokes(text, offset, keystrokes, { pauseMs, args }) {
  const uri = 'file:///bench/opened.md';
  const times = [];
  const insideServer = [];
  const started = await startServer(SERVER, args);
  const { connection, stop } = started;
  await open(connection, uri, text);
  await pull(connection, uri);
  await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  await connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  // a user reading, not the benchmark waiting for the server: nothing is asked of it meanwhile
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const at = new LineIndex(text).positionAt(offset);
  for (let k = 0; k < keystrokes; k++) {
    const start = now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: k + 2 },
      contentChanges: [{ range: { start: { line: at.line, character: at.character + k }, end: { line: at.line, character: at.character + k } }, text: 'x' }],
    });
    await pull(connection, uri);
    times.push(now() - start);
    insideServer.push(serverTimeOfLastKeystroke(started));
  }
  await stop();
  return { times, insideServer };
}

/**
 * Semantic tokens after a keystroke, as an editor asks for them: the whole list, or the edit to the
 * list it holds (`full/delta`), alternating keystroke by keystroke. Each request is timed from
 * sending it, after the keystroke's diagnostics were pulled, to its answer; with the size of the
 * answer's JSON.
 */
async function typeForTokens(connection, uri, from, keystrokes = scaled(40, 2)) {
  const full = [];
  const delta = [];
  const bytes = { full: 0, delta: 0 };
  let held = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  let at = from;
  // versions after the typing above: the server ignores none, since each is higher than the last
  for (let k = 0; k < 2 * keystrokes; k++) {
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10_000 + k }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    at = { line: at.line, character: at.character + 1 };
    await pull(connection, uri);
    const asDelta = k % 2 === 1;
    const start = now();
    const answer = asDelta
      ? await connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: held.resultId })
      : await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    (asDelta ? delta : full).push(now() - start);
    if (asDelta && !answer.edits) throw new Error('protocol.mjs: a delta request was answered with the whole list');
    bytes[asDelta ? 'delta' : 'full'] = Math.max(bytes[asDelta ? 'delta' : 'full'], JSON.stringify(answer).length);
    held = answer;
  }
  return { full, delta, bytes };
}

const countSymbols = (list) => list.reduce((n, s) => n + 1 + countSymbols(s.children ?? []), 0);

/**
 * Resident memory of the server after opening and analysing `count` documents, in `runs` servers
 * started one after another. One reading is a moment: whether V8 has yet collected the garbage of
 * the last analyses moves it by up to 20 MB from one server to the next, so the median and the
 * range of the runs are reported, with each run's highest since start-up (`VmHWM`).
 */
export async function measureMemory(makeText, count = scaled(100, 3), runs = scaled(5, 1)) {
  const texts = Array.from({ length: count }, (_, i) => makeText(i));
  const before = [];
  const after = [];
  const peak = [];
  for (let run = 0; run < runs; run++) {
    const server = await startServer();
    // the knowledge base loads just after `initialize`; a first small document waits for it
    await open(server.connection, 'file:///bench/first.md', 'NATO.');
    await pull(server.connection, 'file:///bench/first.md');
    before.push(residentMB(server.child.pid));
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/run-${run}/doc-${i}.md`;
      await open(server.connection, uri, texts[i]);
      await pull(server.connection, uri);
    }
    after.push(residentMB(server.child.pid));
    peak.push(residentMB(server.child.pid, 'VmHWM'));
    await server.stop();
  }
  const summary = (samples) => ({ median: percentile(samples, 0.5), min: Math.min(...samples), max: Math.max(...samples) });
  return { runs, before: summary(before), after: summary(after), peak: summary(peak) };
}
