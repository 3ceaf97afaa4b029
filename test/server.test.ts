/**
 * The built language server, spawned as an editor would start it and driven
 * over stdio by a real LSP client connection.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {writeFileSync} from 'node:fs'
import {root} from './helpers/fixtures.js'
import {scratch} from './helpers/cli.js'

const serverPath = path.join(root, 'dist/src/server/server.js')

/** A client that remembers every diagnostics notification and can wait for the next one for a document. */
class Client {
  readonly connection: ProtocolConnection
  private readonly published: PublishDiagnosticsParams[] = []
  private waiting: Array<() => void> = []

  constructor(readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (parameters) => {
      this.published.push(parameters)
      for (const wake of this.waiting.splice(0)) wake()
    })
    this.connection.listen()
  }

  /** The first diagnostics published for `uri` (at `version`, when given) not yet taken. */
  async diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 20000
    while (Date.now() < deadline) {
      const index = this.published.findIndex((entry) => entry.uri === uri && (version === undefined || entry.version === version))
      if (index !== -1) return this.published.splice(index, 1)[0]
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve)
        setTimeout(resolve, 200)
      })
    }
    throw new Error(`no diagnostics for ${uri} (version ${version})`)
  }
}

function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    range: [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character]
  }))
}

describe('copydesk-language-server', () => {
  const folder = scratch({
    // Severity from the project's configuration: redundancy is an error here.
    '.retextrc.json': JSON.stringify({rules: {redundancy: 'error'}}),
    '.retextignore': 'archive/\n',
    'drafts/story.md': '',
    'archive/old.md': ''
  })
  const storyUri = pathToFileURL(path.join(folder, 'drafts/story.md')).href
  let client: Client
  let initializeResult: Awaited<ReturnType<ProtocolConnection['sendRequest']>>

  beforeAll(async () => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
    client = new Client(child)
    initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}]
    })
    await client.connection.sendNotification(InitializedNotification.type, {})
  })

  afterAll(async () => {
    await client.connection.sendRequest(ShutdownRequest.type)
    await client.connection.sendNotification(ExitNotification.type)
    await new Promise((resolve) => client.child.once('exit', resolve))
    client.connection.dispose()
  })

  it('announces incremental sync and quick fixes', () => {
    expect(initializeResult).toMatchObject({
      capabilities: {textDocumentSync: 2, codeActionProvider: {codeActionKinds: ['quickfix']}},
      serverInfo: {name: 'copydesk'}
    })
  })

  const text = 'The the harbour reopened.\n\nThe mayor, who won an election victory, cut the ribbon.\n'
  let document = TextDocument.create(storyUri, 'markdown', 1, text)
  let latest: Diagnostic[] = []

  it('publishes diagnostics with exact ranges, rule codes, doc links and configured severities on open', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: storyUri, languageId: 'markdown', version: 1, text}
    })
    const published = await client.diagnostics(storyUri, 1)
    expect(summary(published.diagnostics)).toEqual([
      {code: 'repeated-words', severity: 2, range: [0, 0, 0, 7]},
      {code: 'redundancy', severity: 1, range: [2, 15, 2, 38]}
    ])
    expect(published.diagnostics[1]).toMatchObject({
      source: 'copydesk',
      codeDescription: {href: 'https://github.com/copydesk/copydesk/blob/main/rules/redundancy/README.md'},
      message: 'Redundant: `won an election victory` says the same thing twice; write `won the election`',
      data: {expected: ['won the election']}
    })
  })

  it('updates them after an incremental edit', async () => {
    // Fix the repeated word by hand: delete "The " at the start of line 1.
    const change = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 4}}, text: ''}
    document = TextDocument.update(document, [change], 2)
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: storyUri, version: 2},
      contentChanges: [change]
    })
    const published = await client.diagnostics(storyUri, 2)
    expect(summary(published.diagnostics)).toEqual([{code: 'redundancy', severity: 1, range: [2, 15, 2, 38]}])
    latest = published.diagnostics
  })

  it('offers the suggested replacement as a quick fix whose edit clears the diagnostic', async () => {
    const [diagnostic] = latest
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri: storyUri},
      range: diagnostic.range,
      context: {diagnostics: [diagnostic]}
    })) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ['Replace `won an election victory` with `won the election`', 'quickfix', true]
    ])
    const edits = actions[0].edit!.changes![storyUri]
    expect(edits).toEqual([{range: {start: {line: 2, character: 15}, end: {line: 2, character: 38}}, newText: 'won the election'}])

    // Apply it as the editor would, and send the new text.
    const fixed = TextDocument.applyEdits(document, edits)
    expect(fixed).toBe('the harbour reopened.\n\nThe mayor, who won the election, cut the ribbon.\n')
    document = TextDocument.create(storyUri, 'markdown', 3, fixed)
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: storyUri, version: 3},
      contentChanges: [{text: fixed}]
    })
    expect((await client.diagnostics(storyUri, 3)).diagnostics).toEqual([])
  })

  it('lints again when a configuration file changes', async () => {
    writeFileSync(path.join(folder, '.retextrc.json'), JSON.stringify({rules: {'repeated-words': 'error'}}))
    const again = 'The the end.\n'
    document = TextDocument.create(storyUri, 'markdown', 4, again)
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: storyUri, version: 4},
      contentChanges: [{text: again}]
    })
    expect(summary((await client.diagnostics(storyUri, 4)).diagnostics)).toEqual([{code: 'repeated-words', severity: 1, range: [0, 0, 0, 7]}])
    writeFileSync(path.join(folder, '.retextrc.json'), JSON.stringify({rules: {'repeated-words': 'info'}}))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(folder, '.retextrc.json')).href, type: 2}]
    })
    expect(summary((await client.diagnostics(storyUri, 4)).diagnostics)).toEqual([{code: 'repeated-words', severity: 3, range: [0, 0, 0, 7]}])
  })

  it('reads HTML drafts and unsaved buffers by language, and clears diagnostics on close', async () => {
    const untitled = 'untitled:Untitled-1'
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: untitled, languageId: 'html', version: 1, text: '<p>A <em>the the</em> test</p>'}
    })
    expect(summary((await client.diagnostics(untitled, 1)).diagnostics)).toEqual([{code: 'repeated-words', severity: 3, range: [0, 9, 0, 16]}])
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri: untitled}})
    expect((await client.diagnostics(untitled)).diagnostics).toEqual([])
  })

  it('leaves drafts in ignored folders alone', async () => {
    const ignored = pathToFileURL(path.join(folder, 'archive/old.md')).href
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: ignored, languageId: 'markdown', version: 1, text: 'The the end.\n'}
    })
    expect((await client.diagnostics(ignored, 1)).diagnostics).toEqual([])
  })

  it('shows a broken configuration as one error at the top of the draft', async () => {
    writeFileSync(path.join(folder, '.retextrc.json'), JSON.stringify({rules: {'repeated-word': 'error'}}))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(folder, '.retextrc.json')).href, type: 2}]
    })
    const [diagnostic, ...rest] = (await client.diagnostics(storyUri, 4)).diagnostics
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({severity: 1, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}})
    expect(diagnostic.message).toContain('unknown rule "repeated-word"')
    expect(diagnostic.message).not.toContain('\n')
  })

})
