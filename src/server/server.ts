#!/usr/bin/env node
/**
 * `copydesk-language-server`: copydesk in any editor that speaks the Language
 * Server Protocol, over stdio. Each open draft is linted as the CLI would lint
 * the file on disk — the same processor, `.retextrc*` / `retextConfig`
 * discovery, presets and `.retextignore` — on every change. Diagnostics carry
 * the rule id as code, the rule's doc page, the configured severity, and each
 * suggested replacement is offered as a quick fix.
 *
 * Why not `unified-language-server`: it hands unified-engine only a fixed set
 * of options (processor, plugins, rcName, packageField, ignoreName,
 * pluginPrefix), never `configTransform` or `defaultConfig`. copydesk's
 * configuration (`{"preset", "rules"}`) needs the transform, and a folder
 * without configuration needs the default preset; without them the server
 * would silently lint with no rules. So this server follows its design
 * (document sync, diagnostics, code actions from `expected`) on
 * vscode-languageserver, and runs the engine with the CLI's options.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {engine} from 'unified-engine'
import {fromPosition} from 'unist-util-lsp'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  ProposedFeatures,
  Range,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {packageName, version} from '../meta.js'
import {draftEngineOptions} from '../pipeline/engine.js'
import type {DraftFormat} from '../pipeline/processor.js'
import {flattenFailure} from '../reporters/index.js'

/** What a diagnostic keeps for its quick fixes. */
interface DiagnosticData {
  expected: string[]
}

const extensionsByLanguage: Record<string, string> = {markdown: '.md', html: '.html', plaintext: '.txt'}
const formatsByLanguage: Record<string, DraftFormat> = {markdown: 'markdown', html: 'html', plaintext: 'text'}

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
const documents = new TextDocuments(TextDocument)
const workspaceFolders = new Set<string>()

connection.onInitialize((parameters) => {
  for (const folder of parameters.workspaceFolders ?? []) workspaceFolders.add(fileURLToPath(folder.uri))
  if (workspaceFolders.size === 0 && parameters.rootUri) workspaceFolders.add(fileURLToPath(parameters.rootUri))
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
    },
    serverInfo: {name: packageName, version}
  }
})

documents.onDidChangeContent((event) => {
  void check(event.document)
})

documents.onDidClose((event) => {
  void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
})

// A configuration or ignore file changed: lint every open draft again.
connection.onDidChangeWatchedFiles(() => {
  for (const document of documents.all()) void check(document)
})

connection.onCodeAction((parameters) => {
  const document = documents.get(parameters.textDocument.uri)
  if (!document) return []
  const actions: CodeAction[] = []
  for (const diagnostic of parameters.context.diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined
    if (diagnostic.source !== packageName || !data || !Array.isArray(data.expected)) continue
    const actual = document.getText(diagnostic.range)
    for (const replacement of data.expected) {
      const title = replacement === '' ? `Delete \`${actual}\`` : `Replace \`${actual}\` with \`${replacement}\``
      const action = CodeAction.create(
        title,
        {changes: {[document.uri]: [TextEdit.replace(diagnostic.range, replacement)]}},
        CodeActionKind.QuickFix
      )
      action.diagnostics = [diagnostic]
      action.isPreferred = data.expected.length === 1
      actions.push(action)
    }
  }
  return actions
})

/** Lint one open draft and publish its diagnostics, unless it changed meanwhile. */
async function check(document: TextDocument): Promise<void> {
  const version = document.version
  const diagnostics = (await lintDocument(document)).map(toDiagnostic)
  const current = documents.get(document.uri)
  if (!current || current.version !== version) return
  await connection.sendDiagnostics({uri: document.uri, version, diagnostics})
}

function lintDocument(document: TextDocument): Promise<VFileMessage[]> {
  const file = toVFile(document)
  return new Promise((resolve) => {
    engine(
      {
        // The pipeline every entry point uses (size limit and message limit included).
        ...draftEngineOptions({options: {}}, file.cwd),
        cwd: file.cwd,
        files: [file],
        // Ignored drafts are left without diagnostics, not reported.
        silentlyIgnore: true,
        out: false,
        output: false,
        tree: false,
        // The engine reports nothing here: stdout is the protocol's.
        reporter: () => '',
        streamOut: new PassThrough(),
        streamError: new PassThrough()
      },
      (error) => {
        if (error) file.message(error).fatal = true
        for (const message of file.messages) flattenFailure(message)
        resolve(file.messages)
      }
    )
  })
}

/** The open text as a file at its place on disk, so configuration near it applies. */
function toVFile(document: TextDocument): VFile {
  const url = new URL(document.uri)
  if (url.protocol === 'file:') {
    const filePath = fileURLToPath(url)
    return new VFile({cwd: projectFolder(filePath), path: filePath, value: document.getText()})
  }
  // An unsaved buffer: lint it as if it sat in the first workspace folder.
  const cwd = [...workspaceFolders][0] ?? process.cwd()
  const extension = extensionsByLanguage[document.languageId] ?? '.txt'
  const file = new VFile({cwd, path: path.join(cwd, 'untitled' + extension), value: document.getText()})
  const format = formatsByLanguage[document.languageId]
  if (format) file.data.copydeskFormat = format
  return file
}

/** The workspace folder holding the draft (the deepest), else its nearest folder with package.json or .git. */
function projectFolder(filePath: string): string {
  const containing = [...workspaceFolders]
    .filter((folder) => filePath.startsWith(folder + path.sep))
    .sort((a, b) => b.length - a.length)
  if (containing.length > 0) return containing[0]
  let folder = path.dirname(filePath)
  while (true) {
    if (existsSync(path.join(folder, 'package.json')) || existsSync(path.join(folder, '.git'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) return path.dirname(filePath)
    folder = parent
  }
}

function toDiagnostic(message: VFileMessage): Diagnostic {
  const place = message.place
  let range: Range
  if (place && 'start' in place) {
    range = fromPosition(place)
  } else {
    // A point (or nothing, for a file that could not be read): an empty range there.
    const line = Math.max((message.line ?? 1) - 1, 0)
    const character = Math.max((message.column ?? 1) - 1, 0)
    range = Range.create(line, character, line, character)
  }
  const severity =
    message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
  const diagnostic = Diagnostic.create(range, message.reason, severity, message.ruleId ?? undefined, packageName)
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  if (expected.length > 0) diagnostic.data = {expected} satisfies DiagnosticData
  return diagnostic
}

documents.listen(connection)
connection.listen()
