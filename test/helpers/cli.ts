/** Run the built `copydesk` bin as a user would, and collect what it prints. */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {root} from './fixtures.js'

export const bin = path.join(root, 'dist/src/cli/cli.js')

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** The bundled bin (dist/copydesk.js), which the package's `bin` names. */
export const bundledBin = path.join(root, 'dist/copydesk.js')

interface RunOptions {
  cwd?: string
  input?: string | Buffer
  env?: Record<string, string>
}

export function runCli(args: string[], options: RunOptions = {}): RunResult {
  return runScript(bin, args, options)
}

/** As `runCli`, with the bundled bin. */
export function runBundle(args: string[], options: RunOptions = {}): RunResult {
  return runScript(bundledBin, args, options)
}

function runScript(script: string, args: string[], options: RunOptions): RunResult {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env},
    encoding: 'utf8',
    timeout: 60000
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A fresh folder outside the checkout (so no project config applies), with the given files. */
export function scratch(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-test-'))
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(folder, name)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, value)
  }
  return folder
}

/** The messages of a `--report json` run, per file path. */
export function jsonReport(stderr: string): Array<{path: string; messages: Array<Record<string, any>>}> {
  const line = stderr.split('\n').find((candidate) => candidate.startsWith('['))
  if (!line) throw new Error('no JSON report in:\n' + stderr)
  return JSON.parse(line)
}
