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
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
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
  async diagnostics(uri: string, version?: number, wait = 20000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + wait
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
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: 2,
        codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll.copydesk']}
      },
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
      data: {id: 1, version: 1, expected: ['won the election']}
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
      ['Replace `won an election victory` with `won the election`', 'quickfix', true],
      ['Fix all copydesk problems in this file (1 fix)', 'source.fixAll.copydesk', undefined],
      ['Ignore `redundancy` in this paragraph', 'quickfix', undefined],
      ['Disable `redundancy` in this file', 'quickfix', undefined]
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
    expect(summary((await client.diagnostics(storyUri, 4)).diagnostics)).toEqual([
      {code: 'repeated-words', severity: 1, range: [0, 0, 0, 7]}
    ])
    writeFileSync(path.join(folder, '.retextrc.json'), JSON.stringify({rules: {'repeated-words': 'info'}}))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(folder, '.retextrc.json')).href, type: 2}]
    })
    expect(summary((await client.diagnostics(storyUri, 4)).diagnostics)).toEqual([
      {code: 'repeated-words', severity: 3, range: [0, 0, 0, 7]}
    ])
  })

  it('reads HTML drafts and unsaved buffers by language, and clears diagnostics on close', async () => {
    const untitled = 'untitled:Untitled-1'
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: untitled, languageId: 'html', version: 1, text: '<p>A <em>the the</em> test</p>'}
    })
    expect(summary((await client.diagnostics(untitled, 1)).diagnostics)).toEqual([
      {code: 'repeated-words', severity: 3, range: [0, 9, 0, 16]}
    ])
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

/** A server started for one test, with the client capabilities and settings given. */
async function startServer(folder: string, capabilities: Record<string, unknown>, settings?: () => unknown) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
  const client = new Client(child)
  const registrations: unknown[] = []
  const configurationRequests: unknown[] = []
  client.connection.onRequest(RegistrationRequest.type, (parameters) => {
    registrations.push(...parameters.registrations)
  })
  client.connection.onRequest(ConfigurationRequest.type, (parameters) => {
    configurationRequests.push(...parameters.items)
    return parameters.items.map(() => settings?.() ?? null)
  })
  const result = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}]
  })
  await client.connection.sendNotification(InitializedNotification.type, {})
  const stop = async () => {
    await client.connection.sendRequest(ShutdownRequest.type)
    await client.connection.sendNotification(ExitNotification.type)
    await new Promise((resolve) => child.once('exit', resolve))
    client.connection.dispose()
  }
  const open = async (name: string, text: string, languageId = 'markdown') => {
    const uri = pathToFileURL(path.join(folder, name)).href
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return uri
  }
  const actions = async (uri: string, diagnostic: Diagnostic, only?: string[]) =>
    (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: diagnostic.range,
      context: {diagnostics: [diagnostic], ...(only ? {only} : {})}
    })) as CodeAction[]
  const change = async (uri: string, version: number, text: string) =>
    client.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
  return {client, result, registrations, configurationRequests, stop, open, actions, change}
}

/** Edits applied to a text whose positions count UTF-8 bytes. */
function applyUtf8(
  text: string,
  edits: Array<{range: {start: {line: number; character: number}; end: {line: number; character: number}}; newText: string}>
): string {
  const buffer = Buffer.from(text)
  const lineStarts = [0]
  buffer.forEach((byte, index) => {
    if (byte === 10) lineStarts.push(index + 1)
  })
  const at = (position: {line: number; character: number}) => lineStarts[position.line] + position.character
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start))
  let result = buffer
  for (const edit of sorted) {
    result = Buffer.concat([result.subarray(0, at(edit.range.start)), Buffer.from(edit.newText), result.subarray(at(edit.range.end))])
  }
  return result.toString()
}

// An astral character (2 UTF-16 units, 4 bytes) and curly quotes (1 unit, 3 bytes) before the flagged words.
const astral = '🚢 “We will act,” the minister said, the minister said.\n'

describe('copydesk-language-server: positions, fixes from its own diagnostics, comments, settings', () => {
  it('counts UTF-16 code units by default, and builds the quick fix from its own lint, not the range the client sends back', async () => {
    const folder = scratch({})
    const server = await startServer(folder, {})
    try {
      expect(server.result).toMatchObject({capabilities: {positionEncoding: 'utf-16', textDocumentSync: 2}})
      const uri = await server.open('port.md', astral)
      const [diagnostic, ...rest] = (await server.client.diagnostics(uri, 1)).diagnostics
      expect(rest).toEqual([])
      // `the minister said` (the second) starts at UTF-16 column 37: 🚢 counts 2.
      expect(summary([diagnostic])).toEqual([{code: 'duplicate-attribution', severity: 2, range: [0, 37, 0, 54]}])
      // A client that converts through byte columns (Neovim 0.7) echoes a wrong range: it must not matter.
      const echoed = {...diagnostic, range: {start: {line: 0, character: 43}, end: {line: 0, character: 60}}}
      const [fix] = await server.actions(uri, echoed)
      expect(fix.title).toBe('Delete `the minister said`')
      const document = TextDocument.create(uri, 'markdown', 1, astral)
      const fixed = TextDocument.applyEdits(document, fix.edit!.changes![uri])
      expect(fixed).not.toContain('said, the minister said')
      expect(fixed.startsWith('🚢 “We will act,” the minister said')).toBe(true)
      // A diagnostic of an older version (the draft changed since) gets no quick fix: only the file-wide fix of the current text.
      await server.change(uri, 2, astral.replace('🚢 ', ''))
      await server.client.diagnostics(uri, 2)
      expect((await server.actions(uri, diagnostic)).map((action) => action.title)).toEqual([
        'Fix all copydesk problems in this file (1 fix)'
      ])
    } finally {
      await server.stop()
    }
  })

  it('counts UTF-8 bytes when the client offers utf-8, with full-text sync', async () => {
    const folder = scratch({})
    const server = await startServer(folder, {general: {positionEncodings: ['utf-8', 'utf-16']}})
    try {
      expect(server.result).toMatchObject({capabilities: {positionEncoding: 'utf-8', textDocumentSync: 1}})
      const text = '🚢 The mayor, who won an election victory, cut the ribbon.\n'
      const uri = await server.open('port.md', text)
      const [diagnostic] = (await server.client.diagnostics(uri, 1)).diagnostics
      // 🚢 is 4 bytes: `won an election victory` starts at byte 20, not UTF-16 column 18.
      expect(summary([diagnostic])).toEqual([{code: 'redundancy', severity: 2, range: [0, 20, 0, 43]}])
      const [fix] = await server.actions(uri, diagnostic)
      expect(applyUtf8(text, fix.edit!.changes![uri])).toBe('🚢 The mayor, who won the election, cut the ribbon.\n')
    } finally {
      await server.stop()
    }
  })

  it('fixes everything in the file at once, as `copydesk --fix` would', async () => {
    const folder = scratch({})
    const server = await startServer(folder, {})
    try {
      const text = 'The mayor, who won an election victory, cut the ribbon.\n\nShe said the the harbour reopened.\n'
      const uri = await server.open('port.md', text)
      const diagnostics = (await server.client.diagnostics(uri, 1)).diagnostics
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['redundancy', 'repeated-words'])
      const actions = await server.actions(uri, diagnostics[0], ['source.fixAll'])
      expect(actions.map((action) => [action.title, action.kind])).toEqual([
        ['Fix all copydesk problems in this file (2 fixes)', 'source.fixAll.copydesk']
      ])
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), actions[0].edit!.changes![uri])
      expect(fixed).toBe('The mayor, who won the election, cut the ribbon.\n\nShe said the harbour reopened.\n')
    } finally {
      await server.stop()
    }
  })

  it('ignores a rule in one paragraph or disables it in the file with an inline comment, in Markdown and HTML', async () => {
    const folder = scratch({})
    const server = await startServer(folder, {})
    try {
      const text =
        '# Port\n\nThe mayor, who won an election victory,\ncut the ribbon.\n\nThe council, which won an election victory, met.\n'
      const uri = await server.open('port.md', text)
      const diagnostics = (await server.client.diagnostics(uri, 1)).diagnostics
      expect(summary(diagnostics)).toEqual([
        {code: 'redundancy', severity: 2, range: [2, 15, 2, 38]},
        {code: 'redundancy', severity: 2, range: [5, 19, 5, 42]}
      ])
      const byTitle = async (diagnostic: Diagnostic, title: string) =>
        (await server.actions(uri, diagnostic)).find((action) => action.title === title)!
      const ignore = await byTitle(diagnostics[0], 'Ignore `redundancy` in this paragraph')
      const ignored = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), ignore.edit!.changes![uri])
      expect(ignored).toBe(
        '# Port\n\n<!-- copydesk ignore redundancy -->\nThe mayor, who won an election victory,\ncut the ribbon.\n\nThe council, which won an election victory, met.\n'
      )
      await server.change(uri, 2, ignored)
      const remaining = (await server.client.diagnostics(uri, 2)).diagnostics
      expect(summary(remaining)).toEqual([{code: 'redundancy', severity: 2, range: [6, 19, 6, 42]}])

      // (On a draft of its own: after an `ignore` block, unified-message-control turns the rule back on.)
      const otherUri = await server.open('port-2.md', text)
      const other = (await server.client.diagnostics(otherUri, 1)).diagnostics
      const disable = (await server.actions(otherUri, other[1])).find((action) => action.title === 'Disable `redundancy` in this file')!
      const disabled = TextDocument.applyEdits(TextDocument.create(otherUri, 'markdown', 1, text), disable.edit!.changes![otherUri])
      expect(disabled).toBe('<!-- copydesk disable redundancy -->\n' + text)
      await server.change(otherUri, 2, disabled)
      expect((await server.client.diagnostics(otherUri, 2)).diagnostics).toEqual([])

      const html = '<h1>Port</h1>\n<p>The mayor, who won an election victory, cut the ribbon.</p>\n'
      const htmlUri = await server.open('port.html', html, 'html')
      const [htmlDiagnostic] = (await server.client.diagnostics(htmlUri, 1)).diagnostics
      const htmlActions = await server.actions(htmlUri, htmlDiagnostic)
      const htmlIgnore = htmlActions.find((action) => action.title === 'Ignore `redundancy` in this paragraph')!
      const htmlIgnored = TextDocument.applyEdits(TextDocument.create(htmlUri, 'html', 1, html), htmlIgnore.edit!.changes![htmlUri])
      expect(htmlIgnored).toBe(
        '<h1>Port</h1>\n<!-- copydesk ignore redundancy -->\n<p>The mayor, who won an election victory, cut the ribbon.</p>\n'
      )
      await server.change(htmlUri, 2, htmlIgnored)
      expect((await server.client.diagnostics(htmlUri, 2)).diagnostics).toEqual([])

      // Plain text has no comments: only the fixes.
      const plainUri = await server.open('port.txt', 'The mayor, who won an election victory, cut the ribbon.\n', 'plaintext')
      const [plainDiagnostic] = (await server.client.diagnostics(plainUri, 1)).diagnostics
      expect((await server.actions(plainUri, plainDiagnostic)).map((action) => action.title)).toEqual([
        'Replace `won an election victory` with `won the election`',
        'Fix all copydesk problems in this file (1 fix)'
      ])
    } finally {
      await server.stop()
    }
  })

  it('reads its settings over workspace/configuration, debounces typing, and watches configuration files', async () => {
    const folder = scratch({})
    let settings: unknown = {debounce: 300}
    const server = await startServer(
      folder,
      {workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}}},
      () => settings
    )
    try {
      const uri = await server.open('port.md', 'The the end.\n')
      expect(summary((await server.client.diagnostics(uri, 1)).diagnostics)).toEqual([
        {code: 'repeated-words', severity: 2, range: [0, 0, 0, 7]}
      ])
      expect(server.configurationRequests).toContainEqual({scopeUri: uri, section: 'copydesk'})
      expect(server.registrations).toMatchObject([
        {
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: {
            watchers: [
              {globPattern: '**/.retextrc'},
              {globPattern: '**/.retextrc.*'},
              {globPattern: '**/.retextignore'},
              {globPattern: '**/package.json'}
            ]
          }
        }
      ])
      // Three quick keystrokes: one lint, of the last version.
      await server.change(uri, 2, 'The the end')
      await server.change(uri, 3, 'The the end!')
      await server.change(uri, 4, 'The end.\n')
      expect((await server.client.diagnostics(uri, 4)).diagnostics).toEqual([])
      await expect(server.client.diagnostics(uri, 2, 500)).rejects.toThrow()
      await expect(server.client.diagnostics(uri, 3, 500)).rejects.toThrow()

      settings = {enable: false}
      await server.client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: null})
      await server.change(uri, 5, 'The the end.\n')
      expect((await server.client.diagnostics(uri, 5)).diagnostics).toEqual([])
    } finally {
      await server.stop()
    }
  }, 90000)
})
