// The tools Policy Lens is compared against, run in the same process on the same text.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MarkdownIt = require('markdown-it');
const nlp = require('compromise');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { URI } = require('vscode-uri');
const mdls = require('vscode-markdown-languageservice');

const markdownIt = new MarkdownIt();

export const markdownItParse = (text) => markdownIt.parse(text, {});

/** compromise's people, places and organizations: the NLP way of finding entities. */
export function compromiseEntities(text) {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

/**
 * vscode-markdown-languageservice, the engine of VS Code's Markdown outline, with markdown-it as
 * its parser and an empty workspace. Returns a function that computes the document symbols of a
 * text as a new document each call.
 */
export function markdownSymbols() {
  const noEvent = () => ({ dispose() {} });
  const workspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: noEvent,
    onDidCreateMarkdownDocument: noEvent,
    onDidDeleteMarkdownDocument: noEvent,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const parser = { slugifier: mdls.githubSlugifier, tokenize: async (doc) => markdownIt.parse(doc.getText(), {}) };
  const logger = { level: mdls.LogLevel.Off, log() {} };
  const service = mdls.createLanguageService({ workspace, parser, logger });
  const token = { isCancellationRequested: false, onCancellationRequested: noEvent };
  let count = 0;
  // the service caches a table of contents per document, so each call gets a new one
  return async (text) => {
    const uri = URI.parse(`file:///bench/peer-${++count}.md`).toString();
    return service.getDocumentSymbols(TextDocument.create(uri, 'markdown', 1, text), {}, token);
  };
}
