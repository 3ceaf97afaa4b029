/**
 * The language server survives URIs that are no local file, and lints only
 * the latest version of a draft that changes faster than it can be linted.
 * Driven over stdio by a real LSP client, as test/server.test.ts.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'
import {root} from './helpers/fixtures.js'
import {scratch} from './helpers/cli.js'

const serverPath = path.join(root, 'dist/src/server/server.js')

class Client {
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  readonly traces: string[] = []
  exited = false

  constructor(readonly child: ChildProcess) {
    child.once('exit', () => (this.exited = true))
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (parameters) => this.published.push(parameters))
    this.connection.onNotification(LogTraceNotification.type, (parameters) => this.traces.push(parameters.message))
    this.connection.listen()
  }

  async diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 120000
    while (Date.now() < deadline && !this.exited) {
      const found = this.published.find((entry) => entry.uri === uri && (version === undefined || entry.version === version))
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(this.exited ? 'the server died' : `no diagnostics for ${uri} (version ${version})`)
  }
}

describe('copydesk-language-server under hostile input', () => {
  const folder = scratch({'drafts/story.md': ''})
  const storyUri = pathToFileURL(path.join(folder, 'drafts/story.md')).href
  let client: Client

  beforeAll(async () => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
    client = new Client(child)
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
      trace: 'verbose',
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}]
    })
    await client.connection.sendNotification(InitializedNotification.type, {})
  })

  afterAll(async () => {
    if (client.exited) return
    await client.connection.sendRequest(ShutdownRequest.type)
    await client.connection.sendNotification(ExitNotification.type)
    await new Promise((resolve) => client.child.once('exit', resolve))
    client.connection.dispose()
  })

  it.each(['not a uri', 'file://host/share/x.txt', 'file:///tmp/a%2Fb.txt'])(
    'lints a draft opened as %j like an unsaved buffer, and lives on',
    async (uri) => {
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The the end.\n'}
      })
      const published = await client.diagnostics(uri, 1)
      expect(
        published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character, diagnostic.range.end.character])
      ).toEqual([['repeated-words', 0, 7]])
      expect(client.exited).toBe(false)
    }
  )

  it('lints only the latest of 5,000 rapid changes', async () => {
    const text = (version: number) => `Draft ${version}: the mayor won an election victory.\n`
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: storyUri, languageId: 'markdown', version: 1, text: text(1)}
    })
    for (let version = 2; version <= 5001; version++) {
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri: storyUri, version},
        contentChanges: [{text: text(version)}]
      })
    }
    const last = await client.diagnostics(storyUri, 5001)
    expect(last.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character])).toEqual([['redundancy', 22]])
    const lints = client.traces.filter((message) => message.startsWith(`lint ${storyUri} `))
    // The open, a few versions mid-burst (more on a busy machine), and the last: never one per change.
    expect(lints.length).toBeLessThanOrEqual(100)
    expect(lints.at(-1)).toBe(`lint ${storyUri} version 5001`)
    expect(client.published.filter((entry) => entry.uri === storyUri).length).toBeLessThanOrEqual(100)
  }, 180_000)
})
