/**
 * One pipeline for every entry point: the size limit and the message limit
 * hold in the CLI, `--fix`, the API and the language server, and `--fix`
 * honours --shard, --jobs and --timing. Through the built CLI and server.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {bin, jsonReport, runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const pleonasm = 'The mayor won an election victory in May.\n'
const fixedPleonasm = 'The mayor won the election in May.\n'
/** Over the 5 MB limit, and quick to make. */
const oversized = 'The council met on Tuesday. '.repeat(200000) + '\n'

describe('--fix runs the same pipeline as linting', () => {
  it('--fix --shard 1/2 fixes only the files of that shard', () => {
    const folder = scratch({'a.txt': pleonasm, 'b.txt': pleonasm, 'c.txt': pleonasm})
    const result = runCli(['--fix', '--shard', '1/2', '.'], {cwd: folder})
    expect(result.code).toBe(0)
    // Sorted a, b, c: shard 1 of 2 holds a and c.
    expect(['a.txt', 'b.txt', 'c.txt'].map((name) => readFileSync(path.join(folder, name), 'utf8'))).toEqual([
      fixedPleonasm,
      pleonasm,
      fixedPleonasm
    ])
    expect(result.stderr).toContain('a.txt: fixed 1 problem')
    expect(result.stderr).not.toContain('b.txt')
  })

  it('--fix-dry-run --jobs 2 prints the same diff as a serial run', () => {
    const folder = scratch({'a.txt': pleonasm, 'b.txt': 'The the council met.\n', 'c.txt': 'Nothing to fix here today.\n'})
    const serial = runCli(['--fix-dry-run', '--jobs', '1', '.'], {cwd: folder})
    const parallel = runCli(['--fix-dry-run', '--jobs', '2', '.'], {cwd: folder})
    expect(serial.stdout).toContain('+The mayor won the election in May.')
    expect(serial.stdout).toContain('+The council met.')
    expect(parallel.stdout).toBe(serial.stdout)
    expect(parallel.code).toBe(serial.code)
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(pleonasm)
  })

  it('--fix --timing prints the time of each rule and of the parse', () => {
    const folder = scratch({'a.txt': pleonasm})
    const result = runCli(['--fix', '--timing', 'a.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(fixedPleonasm)
    const labels = result.stderr
      .split('\n')
      .filter((line) => line.includes(' | '))
      .map((line) => line.split('|')[0].trim())
    expect(labels).toEqual(expect.arrayContaining(['Rule', 'redundancy', '(parse)']))
  })

  it('--fix and --fix-dry-run refuse a file over the size limit with one line, and change nothing', () => {
    const folder = scratch({'huge.txt': oversized + 'The mayor won an election victory.\n', 'a.txt': pleonasm})
    for (const flag of ['--fix', '--fix-dry-run']) {
      const result = runCli([flag, 'huge.txt', 'a.txt'], {cwd: folder})
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/huge\.txt\n\s+error\s+This file is 5\.\d MB, too large to be a draft/)
      expect(result.stderr).not.toContain('huge.txt: fixed')
      expect(readFileSync(path.join(folder, 'huge.txt'), 'utf8')).toBe(oversized + 'The mayor won an election victory.\n')
      writeFileSync(path.join(folder, 'a.txt'), pleonasm)
    }
  })
})

describe('the message limit', () => {
  const doubled = (count: number) => 'the the\n'.repeat(count)

  it('stops a file after 1,000 messages with one line saying so', () => {
    const result = runCli(['--report', 'json', 'many.txt'], {cwd: scratch({'many.txt': doubled(1500)})})
    expect(result.code).toBe(1)
    const messages = jsonReport(result.stdout)[0].messages
    expect(messages).toHaveLength(1001)
    expect(messages.filter((message) => message.messageId === 'copydesk/too-many-messages')).toEqual([
      expect.objectContaining({fatal: true, reason: expect.stringMatching(/^copydesk stopped checking this file after 1000 messages/)})
    ])
    expect(messages.slice(0, 1000).every((message) => message.messageId === 'repeated-words/repeated-word')).toBe(true)
  })

  it('--max-messages sets the limit; a bad value is one line and exit 2', () => {
    const folder = scratch({'many.txt': doubled(50)})
    const messages = jsonReport(runCli(['--report', 'json', '--max-messages', '10', 'many.txt'], {cwd: folder}).stdout)[0].messages
    expect(messages.map((message) => message.messageId)).toEqual([
      ...Array(10).fill('repeated-words/repeated-word'),
      'copydesk/too-many-messages'
    ])
    const bad = runCli(['--max-messages', 'lots', 'many.txt'], {cwd: folder})
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe('copydesk: --max-messages expects a whole number from 1 to 50000, not "lots"')
  })

  it('a draft of 130,000 doubled words: the report does not overflow the stack, with --jobs too', () => {
    const folder = scratch({'many.txt': doubled(130000), 'short.txt': pleonasm})
    const result = spawnSync(process.execPath, [bin, '--jobs', '2', 'many.txt', 'short.txt'], {
      cwd: folder,
      env: {...process.env, NO_COLOR: '1'},
      encoding: 'utf8',
      timeout: 240000,
      maxBuffer: 64 * 1024 * 1024
    })
    expect(result.stderr).not.toContain('Maximum call stack')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('copydesk stopped checking this file after 1000 messages')
    expect(result.stderr).toMatch(/short\.txt\n1:11-1:34\s+warning\s+Redundant/)
    expect(result.stderr).toMatch(/1002 messages \(✖ 1 error, ⚠ 1001 warnings\)/)
  }, 300000)

  it('the API takes maxMessages too (0: no limit)', async () => {
    expect((await lint(doubled(1200))).messages).toHaveLength(1001)
    expect((await lint(doubled(1200), {maxMessages: 0})).messages).toHaveLength(1200)
    expect((await lint(doubled(30), {maxMessages: 5})).messages.map((message) => (message as {messageId?: string}).messageId)).toEqual([
      ...Array(5).fill('repeated-words/repeated-word'),
      'copydesk/too-many-messages'
    ])
  })
})

describe('the library API checks its input', () => {
  it('applies the size limit', async () => {
    const file = await lint(oversized)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({fatal: true})
    expect(file.messages[0].reason).toMatch(/^This file is 5\.\d MB, too large to be a draft/)
  })

  it('says what it takes instead of failing inside', async () => {
    await expect(lint(42 as never)).rejects.toThrow('lint() takes a draft: a string, a Uint8Array, a VFile or {path, value}, not number 42')
    await expect(lint(null as never)).rejects.toThrow(TypeError)
    await expect(lint({value: 7} as never)).rejects.toThrow('not an object without a text `value`')
    await expect(lint(pleonasm, {format: 'docx' as never})).rejects.toThrow(
      'lint(): unknown format "docx": use "text", "markdown" or "html"'
    )
    await expect(lint(pleonasm, {maxMessages: -1})).rejects.toThrow('maxMessages must be a whole number')
  })

  it('lints a String object as the string it holds', async () => {
    // eslint-disable-next-line no-new-wrappers
    const file = await lint(new String(pleonasm) as never)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['redundancy', 1, 11]])
    const wrapped = await lint(new VFile({path: 'a.md', value: pleonasm}))
    expect(wrapped.messages.map((message) => message.ruleId)).toEqual(['redundancy'])
  })
})

describe('the language server', () => {
  it('applies the size limit: one error at the top of the draft', async () => {
    const folder = scratch({'big.txt': ''})
    const child = spawn(process.execPath, [path.join(root, 'dist/src/server/server.js'), '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, resolve)
    )
    connection.listen()
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'desk'}]
    })
    await connection.sendNotification(InitializedNotification.type, {})
    const uri = pathToFileURL(path.join(folder, 'big.txt')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: oversized}
    })
    const {diagnostics} = await published
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 1, range: {start: {line: 0, character: 0}}})
    expect(diagnostics[0].message).toMatch(/^This file is 5\.\d MB, too large to be a draft/)
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    await new Promise((resolve) => child.once('exit', resolve))
    connection.dispose()
  }, 60000)
})
