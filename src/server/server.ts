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
 * (document sync, diagnostics, code actions) on
 * vscode-languageserver, and runs the engine with the CLI's options.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {PassThrough} from 'node:stream'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {
  CodeActionKind,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  Range,
  TextDocuments,
  TextDocumentSyncKind
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {packageName, version} from '../meta.js'
import {draftEngineOptions} from '../pipeline/engine.js'
import {formatOf, type DraftFormat} from '../pipeline/processor.js'
import {flattenFailure} from '../reporters/failures.js'
import {codeActions, describeLint, fixAllKind, offsetsOf, requestedMessages, type DiagnosticData, type LintedDraft} from './code-actions.js'
import {Debouncer} from './debounce.js'
import {negotiateEncoding, PositionMap, type PositionEncoding} from './positions.js'
import {defaultSettings, readSettings, type ServerSettings} from './settings.js'
import {filePathOf} from './file-uri.js'
import {LatestOnly} from './latest-only.js'
import {forbidConfigCode} from '../config/no-config-code.js'

const extensionsByLanguage: Record<string, string> = {markdown: '.md', html: '.html', plaintext: '.txt'}
const formatsByLanguage: Record<string, DraftFormat> = {markdown: 'markdown', html: 'html', plaintext: 'text'}

// `copydesk-language-server --stdio --no-config-code`: untrusted folders, JSON and YAML configuration only.
if (process.argv.includes('--no-config-code')) forbidConfigCode()

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
const documents = new TextDocuments(TextDocument)
const workspaceFolders = new Set<string>()
/** The latest lint of each open draft: what diagnostics and code actions are built from. */
const linted = new Map<string, LintedDraft>()
const debouncer = new Debouncer()
/** The version each draft's pending or last lint was scheduled for. */
const scheduledVersions = new Map<string, number>()
let encoding: PositionEncoding = 'utf-16'
let canAskConfiguration = false
let canWatchFiles = false
const settingsByUri = new Map<string, Promise<ServerSettings>>()

connection.onInitialize((parameters) => {
  for (const folder of parameters.workspaceFolders ?? []) {
    const folderPath = filePathOf(folder.uri)
    if (folderPath) workspaceFolders.add(folderPath)
  }
  const rootPath = parameters.rootUri ? filePathOf(parameters.rootUri) : undefined
  if (workspaceFolders.size === 0 && rootPath) workspaceFolders.add(rootPath)
  const capabilities = parameters.capabilities
  encoding = negotiateEncoding(capabilities)
  canAskConfiguration = capabilities.workspace?.configuration === true
  canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
  return {
    capabilities: {
      positionEncoding: encoding,
      // Incremental changes come in the client's encoding; the text store counts UTF-16, so UTF-8 clients send whole texts.
      textDocumentSync: encoding === 'utf-16' ? TextDocumentSyncKind.Incremental : TextDocumentSyncKind.Full,
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]}
    },
    serverInfo: {name: packageName, version}
  }
})

connection.onInitialized(() => {
  if (canWatchFiles) {
    // Configuration and ignore files: a change re-lints every open draft.
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: ['**/.retextrc', '**/.retextrc.*', '**/.retextignore', '**/package.json'].map((globPattern) => ({globPattern}))
    })
  }
})

documents.onDidOpen((event) => {
  schedule(event.document, 0)
})

documents.onDidChangeContent((event) => {
  // Opening fires this too; the open has scheduled its lint already.
  if (event.document.version === scheduledVersions.get(event.document.uri)) return
  void settingsFor(event.document.uri).then((settings) => schedule(event.document, settings.debounce))
})

documents.onDidClose((event) => {
  debouncer.cancel(event.document.uri)
  linted.delete(event.document.uri)
  scheduledVersions.delete(event.document.uri)
  settingsByUri.delete(event.document.uri)
  void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
})

// A configuration or ignore file changed: lint every open draft again.
connection.onDidChangeWatchedFiles(() => {
  for (const document of documents.all()) schedule(document, 0)
})

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear()
  for (const document of documents.all()) schedule(document, 0)
})

connection.onCodeAction((parameters) => {
  const document = documents.get(parameters.textDocument.uri)
  const draft = linted.get(parameters.textDocument.uri)
  // A lint of another version would edit the wrong words.
  if (!document || !draft || draft.version !== document.version) return []
  const requested = requestedMessages(draft, parameters.context.diagnostics, parameters.range)
  return codeActions(draft, requested, (id) => toDiagnostic(draft, id), parameters.context.only)
})

// One lint per draft at a time, of its latest version (a lint that throws is logged, never fatal).
const linting = new LatestOnly(
  async (uri) => {
    const document = documents.get(uri)
    if (document) await check(document)
  },
  (uri, error) => connection.console.error(`copydesk could not check ${uri}: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
)

/** Lint a draft once typing has paused for `delay` ms: always its latest version, never two lints at once. */
function schedule(document: TextDocument, delay: number): void {
  scheduledVersions.set(document.uri, document.version)
  debouncer.schedule(document.uri, delay, () => linting.schedule(document.uri))
}

function settingsFor(uri: string): Promise<ServerSettings> {
  if (!canAskConfiguration) return Promise.resolve(defaultSettings)
  let settings = settingsByUri.get(uri)
  if (!settings) {
    settings = connection.workspace.getConfiguration({scopeUri: uri, section: 'copydesk'}).then(readSettings, () => defaultSettings)
    settingsByUri.set(uri, settings)
  }
  return settings
}

/** Lint one open draft and publish its diagnostics, unless it changed meanwhile. */
async function check(document: TextDocument): Promise<void> {
  const version = document.version
  // Seen by a client that asks for a verbose trace: which versions were linted.
  connection.tracer.log(`lint ${document.uri} version ${version}`)
  const text = document.getText()
  const settings = await settingsFor(document.uri)
  const file = settings.enable ? await lintDocument(document) : undefined
  const current = documents.get(document.uri)
  if (!current || current.version !== version) return
  const draft: LintedDraft = {
    uri: document.uri,
    version,
    format: file ? formatOf(file) : 'text',
    messages: file?.messages ?? [],
    positions: new PositionMap(text, encoding),
    ...(file ? describeLint(file, text) : {keep: [], blockStarts: []})
  }
  linted.set(document.uri, draft)
  const diagnostics = draft.messages.map((_, id) => toDiagnostic(draft, id))
  await connection.sendDiagnostics({uri: document.uri, version, diagnostics})
}

function lintDocument(document: TextDocument): Promise<VFile> {
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
        resolve(file)
      }
    )
  })
}

/** The open text as a file at its place on disk, so configuration near it applies. */
function toVFile(document: TextDocument): VFile {
  const filePath = filePathOf(document.uri)
  if (filePath) {
    return new VFile({cwd: projectFolder(filePath), path: filePath, value: document.getText()})
  }
  // An unsaved buffer (or a URI that is no local file): lint it as if it sat in the first workspace folder.
  const cwd = [...workspaceFolders][0] ?? process.cwd()
  const extension = extensionsByLanguage[document.languageId] ?? '.txt'
  const file = new VFile({cwd, path: path.join(cwd, 'untitled' + extension), value: document.getText()})
  const format = formatsByLanguage[document.languageId]
  if (format) file.data.copydeskFormat = format
  return file
}

/** The workspace folder holding the draft (the deepest), else its nearest folder with package.json or .git. */
function projectFolder(filePath: string): string {
  const containing = [...workspaceFolders].filter((folder) => filePath.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)
  if (containing.length > 0) return containing[0]
  let folder = path.dirname(filePath)
  while (true) {
    if (existsSync(path.join(folder, 'package.json')) || existsSync(path.join(folder, '.git'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) return path.dirname(filePath)
    folder = parent
  }
}

function toDiagnostic(draft: LintedDraft, id: number): Diagnostic {
  const message = draft.messages[id]
  const span = offsetsOf(message)
  let range: Range
  if (span) {
    range = draft.positions.range(span.start, span.end)
  } else {
    // A point without an offset (or nothing, for a file that could not be read): an empty range there.
    const line = Math.max((message.line ?? 1) - 1, 0)
    const character = Math.max((message.column ?? 1) - 1, 0)
    range = Range.create(line, character, line, character)
  }
  const severity =
    message.fatal === true
      ? DiagnosticSeverity.Error
      : message.fatal === false
        ? DiagnosticSeverity.Warning
        : DiagnosticSeverity.Information
  const diagnostic = Diagnostic.create(range, message.reason, severity, message.ruleId ?? undefined, packageName)
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  const data: DiagnosticData = {id, version: draft.version}
  if (expected.length > 0) data.expected = expected
  diagnostic.data = data
  return diagnostic
}

documents.listen(connection)
connection.listen()
