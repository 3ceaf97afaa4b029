/**
 * The bench's peers beyond write-good: alex, textlint (three rules), harper.js
 * (WASM) and proselint, each run as a whole process on the bench's corpus and
 * timed in CPU seconds, like copydesk. The bench never installs them: a
 * `--peers-dir` holding an npm project with alex, textlint (and its rules
 * no-todo, max-comma, terminology) and harper.js adds those; proselint is
 * found on the PATH. A peer that is not there is named as not measured.
 *
 * The slow ones (harper.js, proselint: a few thousand words a second) read
 * the first files of the corpus up to `slowPeerWords` words, so the bench
 * stays a few minutes long; their rate is words over CPU time all the same.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

export interface PeerFile {
  name: string
  words: number
}

export interface PeerRow {
  /** `alex 11.0.1 CLI, words/s`. */
  measure: string
  value: string
}

/** What the bench lends: its child runner (CPU ms of a node process) and its work folder. */
export interface PeerContext {
  dir: string | undefined
  work: string
  files: readonly PeerFile[]
  bareRate: number
  nodeCpuMs: (args: string[], cwd?: string) => number
}

const slowPeerWords = 30_000

export function measurePeers(context: PeerContext): {rows: PeerRow[]; missing: string[]} {
  const rows: PeerRow[] = []
  const missing: string[] = []
  const all = context.files
  const slow = firstWords(all, slowPeerWords)
  const add = (name: string, version: string | undefined, files: readonly PeerFile[], cpuMs: () => number | undefined) => {
    const elapsed = version === undefined ? undefined : cpuMs()
    if (elapsed === undefined) {
      missing.push(name)
      return
    }
    const words = files.reduce((sum, file) => sum + file.words, 0)
    const rate = (words / elapsed) * 1000
    const part = files.length < all.length ? `, first ${files.length} files, ${format(words)} words` : ''
    rows.push({
      measure: `${name} ${version}${part}, words/s`,
      value: `${format(rate)} (${(rate / context.bareRate).toFixed(2)}× in-process bare)`
    })
  }
  const module = (name: string) => (context.dir ? path.join(context.dir, 'node_modules', name) : '')
  const names = (files: readonly PeerFile[]) => files.map((file) => file.name)

  const alex = module('alex')
  add('alex', versionOf(alex), all, () => context.nodeCpuMs([path.join(alex, 'cli.js'), ...names(all)]))

  const textlint = module('textlint')
  add('textlint (no-todo, max-comma, terminology)', versionOf(textlint), all, () => {
    const config = path.join(context.work, 'textlintrc.json')
    writeFileSync(config, JSON.stringify({rules: {'no-todo': true, 'max-comma': true, terminology: true}}))
    // textlint finds its rules in the node_modules of the folder it runs in.
    return context.nodeCpuMs([path.join(textlint, 'bin/textlint.js'), '--config', config, ...names(all)], context.dir)
  })

  const harper = module('harper.js')
  add('harper.js (WASM)', versionOf(harper), slow, () => {
    const script = path.join(context.work, 'harper-run.mjs')
    writeFileSync(script, harperScript(harper))
    return context.nodeCpuMs([script, ...names(slow)])
  })

  const proselint = proselintVersion()
  // proselint keeps each file's results in a cache under XDG_CACHE_HOME: a fresh, empty one, or a second bench run reads its results back.
  add('proselint', proselint, slow, () =>
    pythonCpuMs(['proselint', ...names(slow)], {XDG_CACHE_HOME: mkdtempSync(path.join(context.work, 'cache-'))})
  )
  return {rows, missing}
}

function firstWords(files: readonly PeerFile[], words: number): PeerFile[] {
  const chosen: PeerFile[] = []
  let total = 0
  for (const file of files) {
    if (total >= words) break
    chosen.push(file)
    total += file.words
  }
  return chosen
}

function versionOf(folder: string): string | undefined {
  const manifest = path.join(folder, 'package.json')
  if (!folder || !existsSync(manifest)) return undefined
  return (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}).version
}

function harperScript(folder: string): string {
  const url = (file: string) => JSON.stringify(pathToFileURL(path.join(folder, 'dist', file)).href)
  return `import {readFileSync} from 'node:fs'
import {LocalLinter} from ${url('index.js')}
import {binary} from ${url('binary.js')}
const linter = new LocalLinter({binary})
await linter.setup()
for (const file of process.argv.slice(2)) await linter.lint(readFileSync(file, 'utf8'))
`
}

function proselintVersion(): string | undefined {
  const result = spawnSync('proselint', ['--version'], {encoding: 'utf8'})
  if (result.error || result.status !== 0) return undefined
  // `proselint, version 0.10.2`: the first word that starts with a digit.
  return (result.stdout + result.stderr).split(/[\s,]+/).find((word) => /^\d/.test(word)) ?? '(version unknown)'
}

/** CPU ms of a command that is not node, read by Python as its child's resource usage. */
function pythonCpuMs(command: string[], env: Record<string, string>): number | undefined {
  const script =
    'import resource, subprocess, sys\n' +
    'subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n' +
    'usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
    'print((usage.ru_utime + usage.ru_stime) * 1000)\n'
  const result = spawnSync('python3', ['-c', script, ...command], {encoding: 'utf8', env: {...process.env, ...env}})
  const value = Number(result.stdout.trim())
  return result.status === 0 && value > 0 ? value : undefined
}

const format = (value: number) => Math.round(value).toLocaleString('en-GB')
