/**
 * The trust model (README, SECURITY): configuration code runs, unless
 * `--no-config-code` is given to the CLI or the language server; then JSON
 * and YAML configuration still applies and no code from the folder runs.
 * A `.retextrc.js` that throws shows its own error.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
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
import {root} from './helpers/fixtures.js'
import {runCli, scratch} from './helpers/cli.js'

const marking = 'require("fs").writeFileSync(require("path").join(__dirname, "ran"), "code ran")'
const refused = 'copydesk runs no code from configuration with --no-config-code: use a .retextrc.json or .retextrc.yml, without plugins'

describe('--no-config-code', () => {
  it('runs a .retextrc.cjs without it, and not with it', () => {
    const folder = scratch({
      '.retextrc.cjs': `${marking}\nmodule.exports = {rules: {'repeated-words': 'error'}}\n`,
      'a.txt': 'The the end.\n'
    })
    const trusted = runCli(['a.txt'], {cwd: folder})
    expect(trusted.stderr).toMatch(/1:1-1:8\s+error\s+Repeated word/)
    expect(existsSync(path.join(folder, 'ran'))).toBe(true)

    const untrusted = scratch({'.retextrc.cjs': `${marking}\nmodule.exports = {}\n`, 'a.txt': 'The the end.\n'})
    const result = runCli(['--no-config-code', 'a.txt'], {cwd: untrusted})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`Cannot parse file \`.retextrc.cjs\`: ${refused}`)
    expect(existsSync(path.join(untrusted, 'ran'))).toBe(false)
  })

  it('loads no plugin a JSON configuration names, and still applies its rules', () => {
    const folder = scratch({
      'x.cjs': `${marking}\nmodule.exports = function () {}\n`,
      '.retextrc.json': '{"plugins": ["./x.cjs"]}',
      'a.txt': 'The the end.\n'
    })
    const result = runCli(['--no-config-code', 'a.txt'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(refused)
    expect(existsSync(path.join(folder, 'ran'))).toBe(false)

    const json = scratch({'.retextrc.json': '{"rules": {"repeated-words": "error"}}', 'a.txt': 'The the end.\n'})
    expect(runCli(['--no-config-code', 'a.txt'], {cwd: json}).stderr).toMatch(/1:1-1:8\s+error\s+Repeated word/)
  })

  it('shows the real error of a .retextrc.js that throws', () => {
    const folder = scratch({
      '.retextrc.js': 'throw new Error("the config broke on line 3")\n',
      'package.json': '{}',
      'a.txt': 'The the end.\n'
    })
    const result = runCli(['a.txt'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot parse file `.retextrc.js`: the config broke on line 3')
  })

  it('keeps the language server from running a folder configuration', async () => {
    const folder = scratch({'.retextrc.cjs': `${marking}\nmodule.exports = {}\n`, 'a.txt': ''})
    const child = spawn(process.execPath, [path.join(root, 'dist/src/server/server.js'), '--stdio', '--no-config-code'], {
      stdio: ['pipe', 'pipe', 'inherit']
    })
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, resolve)
    )
    connection.listen()
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
      workspaceFolders: null
    })
    await connection.sendNotification(InitializedNotification.type, {})
    const uri = pathToFileURL(path.join(folder, 'a.txt')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The the end.\n'}
    })
    const diagnostics = (await published).diagnostics
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([`Cannot parse file \`.retextrc.cjs\`: ${refused}`])
    expect(existsSync(path.join(folder, 'ran'))).toBe(false)
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  })
})
