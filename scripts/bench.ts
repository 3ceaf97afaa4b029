/**
 * copydesk's benchmark: `npm run bench` (builds first). Prints one table.
 *
 *   npm run bench                    # everything, a few minutes on 2 cores
 *   npm run bench -- --quick         # smaller corpora, fewer runs, no peers
 *   npm run bench -- --no-peers --memory-mb 30 --runs 5 --json
 *
 * Measures, in one run: words per second of the bare English parse
 * (parse-english alone) and of the recommended preset (library API) over
 * ../shared/corpus/wikinews and over a generated corpus (sentences of that
 * corpus recombined at random, written to a temporary folder and deleted
 * after); one 1 MB document; warm API latency for a 1,000-word article; CLI
 * cold start on a 5 KB draft; `--jobs` speed-up on 100 files; peak memory
 * on a large generated corpus; per-rule time; and the same sample through
 * peer linters installed in a scratch folder outside the repository.
 * Every rule in the registry runs: the recommended preset is whatever the
 * registry and presets say at the time.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {lint, ruleIds} from '../src/index.js'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: '../shared/corpus/wikinews'},
    runs: {type: 'string', default: '3'},
    'generated-mb': {type: 'string', default: '10'},
    'memory-mb': {type: 'string', default: '100'},
    'peer-files': {type: 'string', default: '60'},
    'no-peers': {type: 'boolean', default: false},
    'peers-dir': {type: 'string', default: path.join(os.tmpdir(), 'copydesk-bench-peers')},
    quick: {type: 'boolean', default: false},
    json: {type: 'boolean', default: false}
  }
})

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cliPath = path.join(root, 'dist/src/cli/cli.js')
const bundlePath = path.join(root, 'dist/copydesk.js')
/** The installed command (package.json `bin`): the bundle when it is built. */
const binPath = existsSync(bundlePath) ? bundlePath : cliPath
const quick = values.quick
const runs = quick ? 1 : Math.max(1, Number(values.runs))
const generatedMb = quick ? 2 : Number(values['generated-mb'])
const memoryMb = quick ? 10 : Number(values['memory-mb'])
const peerFiles = Number(values['peer-files'])
const withPeers = !quick && !values['no-peers']

interface Row {
  section: string
  measure: string
  value: string
  target?: string
  verdict?: string
}
const rows: Row[] = []
const notes: string[] = []
const work = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`)
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Words as a reader counts them: white-space separated runs with a letter or digit. */
function countWords(text: string): number {
  let words = 0
  let inWord = false
  let hasAlnum = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0
    if (space) {
      if (inWord && hasAlnum) words++
      inWord = false
      hasAlnum = false
    } else {
      inWord = true
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0xbf) hasAlnum = true
    }
  }
  return words
}

const format = (value: number) => Math.round(value).toLocaleString('en-GB')

// ---------------------------------------------------------------- corpora

interface Draft {
  name: string
  value: string
}

function loadFolder(folder: string): Draft[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({name: path.join(folder, name), value: readFileSync(path.join(folder, name), 'utf8')}))
}

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Sentences of the corpus: split after . ! ? followed by a space and a capital or quote. */
function sentencesOf(drafts: Draft[]): string[] {
  const sentences: string[] = []
  for (const draft of drafts) {
    for (const line of draft.value.split('\n')) {
      let start = 0
      for (let index = 1; index < line.length - 1; index++) {
        const before = line[index - 1]
        if (line[index] === ' ' && (before === '.' || before === '!' || before === '?') && /[A-Z"“]/.test(line[index + 1])) {
          sentences.push(line.slice(start, index))
          start = index + 1
        }
      }
      const rest = line.slice(start).trim()
      if (rest.length > 0) sentences.push(rest)
    }
  }
  return sentences.filter((sentence) => sentence.length > 20)
}

/** Files of about `fileKb` KB, paragraphs of 2–5 random corpus sentences, `totalMb` MB in all. */
function generate(sentences: string[], totalMb: number, fileKb: number, seed: number): Draft[] {
  const next = random(seed)
  const drafts: Draft[] = []
  let total = 0
  while (total < totalMb * 1024 * 1024) {
    const paragraphs: string[] = []
    let size = 0
    while (size < fileKb * 1024) {
      const count = 2 + Math.floor(next() * 4)
      const paragraph: string[] = []
      for (let index = 0; index < count; index++) paragraph.push(sentences[Math.floor(next() * sentences.length)])
      const text = paragraph.join(' ')
      paragraphs.push(text)
      size += text.length + 2
    }
    const value = paragraphs.join('\n\n') + '\n'
    drafts.push({name: `generated-${String(drafts.length).padStart(6, '0')}.txt`, value})
    total += Buffer.byteLength(value)
  }
  return drafts
}

function writeDrafts(folder: string, drafts: Draft[]): void {
  mkdirSync(folder, {recursive: true})
  for (const draft of drafts) writeFileSync(path.join(folder, path.basename(draft.name)), draft.value)
}

// ---------------------------------------------------------------- measurements

const parser = new ParseEnglish()

function bareParse(drafts: Draft[]): number {
  const start = performance.now()
  for (const draft of drafts) parser.parse(draft.value)
  return performance.now() - start
}

async function preset(drafts: Draft[]): Promise<number> {
  const start = performance.now()
  for (const draft of drafts) await lint(new VFile({path: draft.name.endsWith('.md') ? draft.name : 'draft.txt', value: draft.value}))
  return performance.now() - start
}

/** Parse and preset alternately (so a busy machine slows both alike), medians in words per second. */
async function throughput(label: string, drafts: Draft[], times: number): Promise<void> {
  const words = drafts.reduce((sum, draft) => sum + countWords(draft.value), 0)
  const bytes = drafts.reduce((sum, draft) => sum + Buffer.byteLength(draft.value), 0)
  const parse: number[] = []
  const full: number[] = []
  // One unmeasured pass of each first, so both are compiled and warm.
  bareParse(drafts.slice(0, 50))
  await preset(drafts.slice(0, 50))
  for (let run = 0; run < times; run++) {
    parse.push(bareParse(drafts))
    full.push(await preset(drafts))
  }
  const parseRate = (words / median(parse)) * 1000
  const presetRate = (words / median(full)) * 1000
  const ratio = presetRate / parseRate
  const section = `throughput: ${label} (${drafts.length} files, ${(bytes / 1048576).toFixed(1)} MB, ${format(words)} words)`
  rows.push({section, measure: 'bare parse-english, words/s', value: format(parseRate)})
  rows.push({section, measure: 'recommended preset, words/s', value: format(presetRate)})
  rows.push({section, measure: 'preset / bare parse', value: ratio.toFixed(2), target: '≥ 0.50', verdict: ratio >= 0.5 ? 'met' : 'gap'})
  log(`${label}: parse ${format(parseRate)} words/s, preset ${format(presetRate)} words/s`)
}

async function latency(text: string): Promise<void> {
  for (let index = 0; index < 5; index++) await lint(text)
  const samples: number[] = []
  for (let index = 0; index < 30; index++) {
    const start = performance.now()
    await lint(text)
    samples.push(performance.now() - start)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const value = median(samples)
  const section = `latency: library API, one ${format(countWords(text))}-word article, warm`
  rows.push({section, measure: 'median ms (of 30)', value: value.toFixed(1), target: '< 20', verdict: value < 20 ? 'met' : 'gap'})
  rows.push({section, measure: 'p95 ms', value: sorted[Math.floor(sorted.length * 0.95)].toFixed(1)})
}

function wallClock(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}): number {
  const start = performance.now()
  const result = spawnSync(args[0], args.slice(1), {
    cwd: options.cwd ?? work,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 256 * 1024 * 1024
  })
  const elapsed = performance.now() - start
  if (result.status === null || result.error) throw new Error(`${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`)
  return elapsed
}

function coldStart(draft: string): void {
  const section = 'cold start: CLI on one 5 KB draft (wall clock)'
  const times = Math.max(runs, 7)
  const floor = median(Array.from({length: times}, () => wallClock([process.execPath, '-e', '0'])))
  rows.push({section, measure: 'node -e 0 (the floor), ms', value: floor.toFixed(0)})
  const cli = median(Array.from({length: times}, () => wallClock([process.execPath, cliPath, draft])))
  rows.push({
    section,
    measure: 'copydesk (dist/src/cli/cli.js), ms',
    value: cli.toFixed(0),
    target: '< 300',
    verdict: cli < 300 ? 'met' : 'gap'
  })
  if (existsSync(bundlePath)) {
    const bundled = median(Array.from({length: times}, () => wallClock([process.execPath, bundlePath, draft])))
    rows.push({
      section,
      measure: 'copydesk bundle (dist/copydesk.js), ms',
      value: bundled.toFixed(0),
      target: '< 300',
      verdict: bundled < 300 ? 'met' : 'gap'
    })
  }
}

function jobsSpeedUp(folder: string, words: number, files: number): void {
  const section = `--jobs: CLI on ${files} files (${format(words)} words)`
  const serial = median(Array.from({length: runs}, () => wallClock([process.execPath, binPath, '-q', '--jobs', '1', folder])))
  const parallel = median(Array.from({length: runs}, () => wallClock([process.execPath, binPath, '-q', '--jobs', '2', folder])))
  rows.push({section, measure: '--jobs 1, s', value: (serial / 1000).toFixed(2)})
  rows.push({section, measure: '--jobs 2, s', value: (parallel / 1000).toFixed(2)})
  const speedUp = serial / parallel
  rows.push({
    section,
    measure: 'speed-up',
    value: speedUp.toFixed(2) + '×',
    target: '≈ 2× on 2 cores',
    verdict: speedUp >= 1.6 ? 'met' : 'gap'
  })
}

/** Peak resident memory of a CLI run, read by a tiny preload in the child (no /usr/bin/time needed). */
function peakMemory(folder: string, megabytes: number, words: number, jobs: number): void {
  const preload = path.join(work, 'max-rss.mjs')
  const out = path.join(work, `max-rss-${jobs}.txt`)
  writeFileSync(
    preload,
    `import {writeFileSync} from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)))\n`
  )
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--import', 'file://' + preload, binPath, '-q', '--jobs', String(jobs), folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = (performance.now() - start) / 1000
  if (!existsSync(out)) {
    notes.push(`peak memory (--jobs ${jobs}) not measured: the CLI exited with ${result.status}: ${result.stderr.slice(0, 200)}`)
    return
  }
  const peak = Number(readFileSync(out, 'utf8')) / 1024
  const section = `memory: CLI on ${megabytes} MB (${format(words)} words)`
  rows.push({section, measure: `peak RSS --jobs ${jobs}, MB`, value: peak.toFixed(0), target: '< 300', verdict: peak < 300 ? 'met' : 'gap'})
  rows.push({section, measure: `words/s --jobs ${jobs} (whole run)`, value: format(words / seconds)})
}

function ruleTiming(folder: string): void {
  const result = spawnSync(process.execPath, [binPath, '-q', '--jobs', '1', '--timing', folder], {encoding: 'utf8'})
  const table = result.stderr.slice(result.stderr.indexOf('Rule '))
  const section = 'per-rule time (--timing, --jobs 1, the corpus)'
  for (const line of table.split('\n').slice(2)) {
    const [label, milliseconds, share] = line.split('|').map((cell) => cell.trim())
    if (label && milliseconds) rows.push({section, measure: label, value: `${milliseconds} ms (${share})`})
  }
}

// ---------------------------------------------------------------- peers

interface Peer {
  name: string
  version(): string | undefined
  command(files: string[]): string[]
  env?: () => Record<string, string>
}

function peers(dir: string): Peer[] {
  const bin = (name: string) => path.join(dir, 'node_modules/.bin', name)
  const npmVersion = (name: string) => () => {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version as string
    } catch {
      return undefined
    }
  }
  return [
    {name: 'write-good', version: npmVersion('write-good'), command: (files) => [bin('write-good'), ...files]},
    {name: 'alex', version: npmVersion('alex'), command: (files) => [bin('alex'), ...files]},
    {
      name: 'textlint (write-good, terminology, common-misspellings)',
      version: npmVersion('textlint'),
      command: (files) => [bin('textlint'), '--rule', 'write-good', '--rule', 'terminology', '--rule', 'common-misspellings', ...files]
    },
    {
      name: 'proselint (Debian python3-proselint)',
      version: () => {
        const result = spawnSync('proselint', ['--version'], {encoding: 'utf8'})
        return result.status === 0 ? result.stdout.trim() : undefined
      },
      command: (files) => ['proselint', ...files],
      // proselint caches results per file: a fresh cache, or a second run would measure the cache.
      env: () => ({XDG_CACHE_HOME: mkdtempSync(path.join(work, 'proselint-cache-'))})
    }
  ]
}

function installPeers(dir: string): void {
  if (existsSync(path.join(dir, 'node_modules/.bin/textlint'))) return
  log(`installing peers in ${dir} (outside the repository)`)
  mkdirSync(dir, {recursive: true})
  if (!existsSync(path.join(dir, 'package.json')))
    writeFileSync(path.join(dir, 'package.json'), '{"name": "copydesk-bench-peers", "private": true}\n')
  const result = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      'write-good',
      'alex',
      'textlint',
      'textlint-rule-write-good',
      'textlint-rule-terminology',
      'textlint-rule-common-misspellings'
    ],
    {cwd: dir, encoding: 'utf8'}
  )
  if (result.status !== 0) notes.push(`peers: npm install failed (${result.stderr.split('\n')[0]}); the npm peers are skipped`)
}

function comparePeers(sample: Draft[]): void {
  const dir = path.resolve(values['peers-dir']!)
  installPeers(dir)
  const files = sample.map((draft) => draft.name)
  const words = sample.reduce((sum, draft) => sum + countWords(draft.value), 0)
  const section = `peers: each CLI on the same ${files.length} corpus files (${format(words)} words), one run each, start-up included`
  const copydesk = wallClock([process.execPath, binPath, '-q', '--jobs', '1', ...files])
  rows.push({section, measure: 'copydesk --jobs 1, words/s', value: format((words / copydesk) * 1000)})
  for (const peer of peers(dir)) {
    const version = peer.version()
    if (!version) {
      notes.push(
        `peer ${peer.name}: not installed, skipped` + (peer.name.startsWith('proselint') ? ' (apt-get install python3-proselint)' : '')
      )
      continue
    }
    try {
      const elapsed = wallClock(peer.command(files), {cwd: dir, env: peer.env?.()})
      const ratio = elapsed / copydesk
      rows.push({
        section,
        measure: `${peer.name} ${version}, words/s`,
        value: `${format((words / elapsed) * 1000)} (copydesk ${ratio.toFixed(1)}× as fast)`
      })
    } catch (error) {
      notes.push(`peer ${peer.name}: failed (${(error as Error).message.split('\n')[0]})`)
    }
  }
}

// ---------------------------------------------------------------- run

function printTable(): void {
  const widths = {
    measure: Math.max(...rows.map((row) => row.measure.length)),
    value: Math.max(...rows.map((row) => row.value.length))
  }
  let section = ''
  const lines: string[] = [
    `copydesk bench: ${os.cpus().length} cores, Node ${process.version}, rules: ${ruleIds.join(', ')}`,
    `medians of ${runs} runs unless said otherwise`
  ]
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section
      lines.push('', section)
    }
    const target = row.target ? `  target ${row.target}: ${row.verdict}` : ''
    lines.push(`  ${row.measure.padEnd(widths.measure)}  ${row.value.padStart(widths.value)}${target}`)
  }
  if (notes.length > 0) lines.push('', ...notes.map((note) => `note: ${note}`))
  process.stdout.write(lines.join('\n') + '\n')
}

async function main(): Promise<void> {
  const corpusDir = path.resolve(root, values.corpus!)
  if (!existsSync(corpusDir)) throw new Error(`no corpus at ${corpusDir} (use --corpus)`)
  const corpus = loadFolder(corpusDir)
  const sentences = sentencesOf(corpus)
  const started = performance.now()

  await throughput('the news corpus', corpus, runs)

  const generated = generate(sentences, generatedMb, 5, 1)
  await throughput('generated corpus', generated, runs)

  const big = generate(sentences, 1, 1024, 2).slice(0, 1)
  big[0].name = 'one-megabyte.txt'
  await throughput('one 1 MB document', big, runs)

  // Whole corpus paragraphs, in order, until the article reaches 1,000 words.
  const lines: string[] = []
  let articleWords = 0
  for (const line of corpus.flatMap((draft) => draft.value.split('\n'))) {
    if (articleWords >= 1000) break
    lines.push(line)
    articleWords += countWords(line)
  }
  await latency(lines.join('\n'))

  const draft5k = path.join(work, 'draft.txt')
  writeFileSync(
    draft5k,
    corpus
      .map((draft) => draft.value)
      .join('\n')
      .slice(0, 5000)
  )
  coldStart(draft5k)

  const hundred = generated.slice(0, 100)
  writeDrafts(path.join(work, 'hundred'), hundred)
  jobsSpeedUp(
    path.join(work, 'hundred'),
    hundred.reduce((sum, draft) => sum + countWords(draft.value), 0),
    hundred.length
  )

  ruleTiming(corpusDir)

  log(`generating ${memoryMb} MB for the memory run`)
  const large = generate(sentences, memoryMb, 20, 3)
  const largeWords = large.reduce((sum, draft) => sum + countWords(draft.value), 0)
  writeDrafts(path.join(work, 'large'), large)
  large.length = 0
  peakMemory(path.join(work, 'large'), memoryMb, largeWords, 2)
  rmSync(path.join(work, 'large'), {recursive: true, force: true})

  if (withPeers) comparePeers(corpus.slice(0, peerFiles))
  else notes.push('peers skipped (--quick or --no-peers)')

  notes.push(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`)
  if (values.json) process.stdout.write(JSON.stringify({rows, notes}) + '\n')
  else printTable()
}

try {
  await main()
} finally {
  rmSync(work, {recursive: true, force: true})
}
