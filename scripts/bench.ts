/**
 * copydesk's benchmark: `npm run bench` (builds first). Prints one table and
 * the issue-17 targets, each with its measured value and met / not met.
 *
 *   npm run bench                    # everything, a few minutes on 2 cores
 *   npm run bench -- --quick         # smaller inputs, one run each
 *   npm run bench -- --only cold-start   # only the cold-start figures (under a minute)
 *   npm run bench -- --only latency      # only in-process throughput and warm latency (about a minute)
 *   npm run bench -- --only memory       # only memory, linearity and the GC share (a few minutes)
 *   npm run bench -- --only small-files  # only the many-small-files --jobs figures
 *   npm run bench -- --write-docs    # also rewrite the results in docs/performance.md
 *   npm run bench -- --json          # the rows and targets as JSON
 *
 * Every figure that depends on the machine is given next to bare
 * parse-english measured in the same run (a loaded machine slows both alike):
 * in-process (the library API against `new ParseEnglish().parse` on the same
 * texts) and whole-process (the CLI against a script that only reads the files
 * and parses them). The corpus is ../shared/corpus/wikinews when it is there,
 * else a news-like corpus generated from a fixed seed (`--generated-corpus`
 * forces it), so the bench runs from a clone. Large inputs are generated from
 * the corpus's sentences into a temporary folder and deleted at the end.
 * Peers: write-good (a devDependency) in the same run; alex, textlint,
 * harper.js and proselint when installed (scripts/bench-peers.ts), else listed
 * as not measured.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {lint, ruleIds} from '../src/index.js'
import {maximumDraftLength} from '../src/pipeline/size-limit.js'
import {measurePeers} from './bench-peers.js'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: '../shared/corpus/wikinews'},
    'generated-corpus': {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    'linear-mb': {type: 'string', default: '16'},
    'small-files': {type: 'string', default: '2000'},
    'peers-dir': {type: 'string'},
    quick: {type: 'boolean', default: false},
    only: {type: 'string'},
    json: {type: 'boolean', default: false},
    'write-docs': {type: 'boolean', default: false}
  }
})

const onlyModes = ['cold-start', 'latency', 'memory', 'small-files']
if (values.only !== undefined && !onlyModes.includes(values.only)) {
  process.stderr.write(`bench: --only takes ${onlyModes.join(', ')}, not ${JSON.stringify(values.only)}\n`)
  process.exit(2)
}
if (values.only !== undefined && values['write-docs']) {
  process.stderr.write('bench: --write-docs rewrites the whole table: run the whole bench for it, not --only\n')
  process.exit(2)
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bundlePath = path.join(root, 'dist/copydesk.js')
const quick = values.quick
const runs = quick ? 1 : Math.max(1, Number(values.runs))
const linearMb = quick ? 4 : Number(values['linear-mb'])
const smallFiles = quick ? 300 : Number(values['small-files'])
const require = createRequire(import.meta.url)
const work = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))

interface Row {
  section: string
  measure: string
  value: string
}
interface Target {
  target: string
  value: string
  met: boolean
}
const rows: Row[] = []
const targets: Target[] = []
const notes: string[] = []

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

/**
 * CPU time of this process in ms. The machine a bench runs on is often shared
 * (2 cores, other jobs): CPU time is what a run costs, where wall time also
 * counts the minutes spent waiting for a core. Wall time is used only where
 * it is the point (`--jobs`).
 */
function cpu(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

const format = (value: number) => Math.round(value).toLocaleString('en-GB')
const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1)

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

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same text. */
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

/** A news-like corpus from a fixed seed, for a clone without ../shared: 296 articles of about 4.5 KB. */
function syntheticCorpus(): Draft[] {
  const next = random(17)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const people = [
    'Maria Lindqvist',
    'David Okafor',
    'Chen Wei',
    'Amira Haddad',
    'Tomás Ruiz',
    'Priya Natarajan',
    'John Mbeki',
    'Sofia Romano'
  ]
  const roles = [
    'the mayor',
    'a spokesman for the ministry',
    'the finance minister',
    'the union leader',
    'a senior official',
    'the police chief'
  ]
  const places = ['Lisbon', 'Nairobi', 'Ottawa', 'Jakarta', 'Lima', 'Oslo', 'Manila', 'Accra', 'Kraków', 'Brisbane']
  const bodies = ['the city council', 'the central bank', 'the regional government', 'the electoral commission', 'the health ministry']
  const things = ['budget', 'bridge', 'harbour', 'election', 'strike', 'vaccine programme', 'rail line', 'water supply', 'trade deal']
  const verbs = ['approved', 'delayed', 'rejected', 'announced', 'reviewed', 'suspended', 'extended', 'opened']
  const days = ['on Monday', 'on Tuesday', 'last week', 'in March', 'on Friday', 'earlier this year', 'in 2019']
  const sentences = [
    () => `${pick(bodies).replace(/^./, (c) => c.toUpperCase())} ${pick(verbs)} the ${pick(things)} ${pick(days)}.`,
    () => `"We will not accept a ${pick(things)} that leaves people behind," ${pick(people)} said.`,
    () => `According to ${pick(roles)}, the ${pick(things)} in ${pick(places)} will cost ${2 + Math.floor(next() * 90)} million dollars.`,
    () => `${pick(people)}, who leads ${pick(bodies)}, told reporters in ${pick(places)} that the ${pick(things)} was ${pick(verbs)}.`,
    () => `The ${pick(things)} had been ${pick(verbs)} twice before, and critics say it is reportedly over budget.`,
    () => `About ${1 + Math.floor(next() * 40)},000 people live near the ${pick(things)}, ${pick(roles)} said ${pick(days)}.`,
    () => `Residents of ${pick(places)} said the past history of the ${pick(things)} made them wary.`
  ]
  const drafts: Draft[] = []
  for (let file = 0; file < 296; file++) {
    const paragraphs = [`${pick(places)}: ${pick(things)} ${pick(verbs)}`]
    let size = 0
    while (size < 4500) {
      const count = 2 + Math.floor(next() * 4)
      const paragraph = Array.from({length: count}, () => pick(sentences)()).join(' ')
      paragraphs.push(paragraph)
      size += paragraph.length + 2
    }
    drafts.push({name: path.join(work, 'corpus', `article-${String(file).padStart(3, '0')}.txt`), value: paragraphs.join('\n\n') + '\n'})
  }
  writeDrafts(path.join(work, 'corpus'), drafts)
  return drafts
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

/** `count` texts of about `fileKb` KB each: paragraphs of 2–5 random corpus sentences. */
function generate(sentences: string[], count: number, fileKb: number, seed: number): Draft[] {
  const next = random(seed)
  const drafts: Draft[] = []
  for (let file = 0; file < count; file++) {
    const paragraphs: string[] = []
    let size = 0
    while (size < fileKb * 1024) {
      const length = 2 + Math.floor(next() * 4)
      const paragraph: string[] = []
      for (let index = 0; index < length; index++) paragraph.push(sentences[Math.floor(next() * sentences.length)])
      const text = paragraph.join(' ')
      paragraphs.push(text)
      size += text.length + 2
    }
    drafts.push({name: `generated-${String(file).padStart(6, '0')}.txt`, value: paragraphs.join('\n\n') + '\n'})
  }
  return drafts
}

function writeDrafts(folder: string, drafts: Draft[]): void {
  mkdirSync(folder, {recursive: true})
  for (const draft of drafts) writeFileSync(path.join(folder, path.basename(draft.name)), draft.value)
}

// ---------------------------------------------------------------- in-process

const parser = new ParseEnglish()

function bareParse(drafts: readonly Draft[]): number {
  const start = cpu()
  for (const draft of drafts) parser.parse(draft.value)
  return cpu() - start
}

/** parse-english line by line: linear in the text, unlike one parse of a whole long document. */
function perLineParse(drafts: readonly Draft[]): number {
  const start = cpu()
  for (const draft of drafts) for (const line of draft.value.split('\n')) if (line.length > 0) parser.parse(line)
  return cpu() - start
}

async function copydesk(drafts: readonly Draft[]): Promise<number> {
  const start = cpu()
  for (const draft of drafts) await lint(new VFile({path: draft.name.endsWith('.md') ? draft.name : 'draft.txt', value: draft.value}))
  return cpu() - start
}

type WriteGood = (text: string) => unknown[]
function loadWriteGood(): {check: WriteGood; version: string; bin: string} | undefined {
  try {
    const check = require('write-good') as WriteGood
    const manifest = require.resolve('write-good/package.json')
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}).version
    return {check, version, bin: path.join(path.dirname(manifest), 'bin/write-good.js')}
  } catch {
    return undefined
  }
}
const writeGood = loadWriteGood()

function writeGoodRun(drafts: readonly Draft[]): number {
  const start = cpu()
  for (const draft of drafts) writeGood!.check(draft.value)
  return cpu() - start
}

/** Each contender in turn, `times` rounds after an unmeasured warm-up; the medians in ms. */
async function alternate(contenders: Record<string, () => number | Promise<number>>, times: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {}
  for (const name of Object.keys(contenders)) {
    await contenders[name]()
    samples[name] = []
  }
  for (let run = 0; run < times; run++) for (const [name, measure] of Object.entries(contenders)) samples[name].push(await measure())
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]))
}

// ---------------------------------------------------------------- whole processes

interface ChildStats {
  wallMs: number
  /** CPU time of the child, all its threads, start-up included. */
  cpuMs: number
  maxRss: number
  gcMs: number
}

/** Run a command in a child with a preload that records peak memory and GC pauses (main thread) at exit. */
function child(args: string[], env: Record<string, string> = {}, cwd = work): ChildStats {
  const out = path.join(work, `child-${Math.random().toString(36).slice(2)}.json`)
  const start = performance.now()
  const result = spawnSync(args[0], ['--import', pathToFileURL(preload).href, ...args.slice(1)], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', COPYDESK_BENCH_OUT: out, ...env},
    maxBuffer: 512 * 1024 * 1024
  })
  const wallMs = performance.now() - start
  if (result.error || !existsSync(out)) throw new Error(`${args.join(' ')} failed: ${result.error?.message ?? result.stderr.slice(0, 300)}`)
  const stats = JSON.parse(readFileSync(out, 'utf8')) as {maxRss: number; gcMs: number; cpuMs: number}
  rmSync(out)
  return {wallMs, ...stats}
}

const preload = path.join(work, 'preload.mjs')
writeFileSync(
  preload,
  `import {writeFileSync} from 'node:fs'
import {PerformanceObserver} from 'node:perf_hooks'
let gc = 0
const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) gc += entry.duration })
observer.observe({entryTypes: ['gc']})
process.on('exit', () => {
  for (const entry of observer.takeRecords?.() ?? []) gc += entry.duration
  const usage = process.resourceUsage()
  writeFileSync(process.env.COPYDESK_BENCH_OUT, JSON.stringify({maxRss: usage.maxRSS * 1024, gcMs: gc, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000}))
})
`
)

/** A whole process that reads the files and parses each with parse-english: the floor for the CLI. */
const bareScript = path.join(work, 'bare-parse.mjs')
writeFileSync(
  bareScript,
  `import {readFileSync} from 'node:fs'
import {ParseEnglish} from ${JSON.stringify(pathToFileURL(require.resolve('parse-english')).href)}
const parser = new ParseEnglish()
for (const file of process.argv.slice(2)) parser.parse(readFileSync(file, 'utf8'))
`
)

function wholeProcess(files: string[], times: number): Record<string, number> {
  const contenders: Record<string, string[]> = {
    bare: [process.execPath, bareScript, ...files],
    copydesk: [process.execPath, bundlePath, '-q', '--jobs', '1', ...files]
  }
  if (writeGood) contenders['write-good'] = [process.execPath, writeGood.bin, ...files]
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
  for (let run = 0; run < times; run++) for (const [name, args] of Object.entries(contenders)) samples[name].push(child(args).cpuMs)
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]))
}

// ---------------------------------------------------------------- run

function target(text: string, value: string, met: boolean): void {
  targets.push({target: text, value, met})
}

/** Cold start: whole processes of the bundled CLI against `node -e 0`, CPU time. */
function coldStart(corpus: readonly Draft[]): void {
  log('cold start')
  const draft5k = path.join(work, 'draft-5k.txt')
  writeFileSync(
    draft5k,
    corpus
      .map((draft) => draft.value)
      .join('\n')
      .slice(0, 5000)
  )
  const times = Math.max(runs * 3, 5)
  const coldSamples = {floor: [] as number[], version: [] as number[], draft: [] as number[]}
  for (let run = 0; run < times; run++) {
    coldSamples.floor.push(child([process.execPath, '-e', '0']).cpuMs)
    coldSamples.version.push(child([process.execPath, bundlePath, '--version']).cpuMs)
    coldSamples.draft.push(child([process.execPath, bundlePath, draft5k]).cpuMs)
  }
  const floor = median(coldSamples.floor)
  const version = median(coldSamples.version) - floor
  const draft = median(coldSamples.draft) - floor
  const section = `cold start (CPU time, median of ${times}), dist/copydesk.js`
  rows.push({section, measure: 'node -e 0 (the floor), ms', value: floor.toFixed(0)})
  rows.push({section, measure: 'copydesk --version, ms over the floor', value: version.toFixed(0)})
  rows.push({section, measure: 'copydesk on a 5 KB draft, ms over the floor', value: draft.toFixed(0)})
  target('cold start: --version within 100 ms of node -e 0', `+${version.toFixed(0)} ms`, version <= 100)
  target('cold start: a 5 KB draft within 200 ms of node -e 0', `+${draft.toFixed(0)} ms`, draft <= 200)
}

/** GC pauses of the CLI on the corpus folder, one job, as a share of its wall time. */
function garbageCollection(corpusFolder: string, section: string): void {
  const gcRun = child([process.execPath, bundlePath, '-q', '--jobs', '1', corpusFolder])
  const gcShare = gcRun.gcMs / gcRun.wallMs
  rows.push({
    section,
    measure: 'GC pauses (main thread) / wall time',
    value: `${(gcShare * 100).toFixed(1)} % (${format(gcRun.gcMs)} of ${format(gcRun.wallMs)} ms)`
  })
  target('garbage collection < 5 % of the corpus run', `${(gcShare * 100).toFixed(1)} %`, gcShare < 0.05)
}

/** Peak memory of the CLI on one 4 MB draft, and the API's cost per MB at 1 MB and at `linearMb` MB. */
async function memoryAndLinearity(sentences: string[]): Promise<void> {
  // Memory on one 4 MB draft, by the CLI.
  log('memory on a 4 MB draft')
  const [big] = generate(sentences, 1, 4096, 2)
  const bigPath = path.join(work, 'four-megabytes.txt')
  writeFileSync(bigPath, big.value)
  const idle = child([process.execPath, bundlePath, '--version']).maxRss
  const fourMb = child([process.execPath, bundlePath, '-q', '--jobs', '1', bigPath])
  const perChar = (fourMb.maxRss - idle) / big.value.length
  let section = `memory, dist/copydesk.js on one ${megabytes(big.value.length)} MB draft (${format(countWords(big.value))} words)`
  rows.push({section, measure: 'peak RSS, MB', value: format(fourMb.maxRss / 1048576)})
  rows.push({section, measure: 'peak RSS over `--version`, bytes per input character', value: perChar.toFixed(0)})
  target('memory: ≤ 60 bytes per input character on a 4 MB draft', `${perChar.toFixed(0)} B/char`, perChar <= 60)

  // Linearity through the API: 1 MB against `linearMb` MB, in sections under the size limit.
  log(`linearity: 1 MB and ${linearMb} MB`)
  const [oneMb] = generate(sentences, 1, 1024, 3)
  const oneMbSamples: number[] = []
  for (let run = 0; run < runs; run++) oneMbSamples.push(await copydesk([oneMb]))
  const perMb1 = median(oneMbSamples) / (oneMb.value.length / 1048576)
  const perLine1 = perLineParse([oneMb]) / (oneMb.value.length / 1048576)
  const sectionMb = Math.min(4, Math.floor(maximumDraftLength / 1048576) - 1)
  const sections = generate(sentences, Math.ceil(linearMb / sectionMb), sectionMb * 1024, 4)
  const largeChars = sections.reduce((sum, item) => sum + item.value.length, 0)
  const perMbLarge = (await copydesk(sections)) / (largeChars / 1048576)
  const perMbOne4 = (await copydesk([sections[0]])) / (sections[0].value.length / 1048576)
  section = 'linearity, library API, ms per MB'
  rows.push({section, measure: '1 MB document', value: `${format(perMb1)} (${(perMb1 / perLine1).toFixed(2)}× per-line parse)`})
  rows.push({
    section,
    measure: `one ${megabytes(sections[0].value.length)} MB document`,
    value: `${format(perMbOne4)} (${(perMbOne4 / perMb1).toFixed(2)}× the 1 MB cost)`
  })
  rows.push({
    section,
    measure: `${megabytes(largeChars)} MB in ${sections.length} sections of ${sectionMb} MB`,
    value: `${format(perMbLarge)} (${(perMbLarge / perMb1).toFixed(2)}× the 1 MB cost)`
  })
  notes.push(
    `one document is limited to ${maximumDraftLength / 1048576} MB in every entry point, so ${linearMb} MB goes through lint() as sections of ${sectionMb} MB (docs/performance.md)`
  )
  target(
    `linear: cost per MB at ${linearMb} MB within 1.2× of 1 MB (API, ${sectionMb} MB sections)`,
    `${(perMbLarge / perMb1).toFixed(2)}×`,
    perMbLarge / perMb1 <= 1.2
  )
}

/** Many small files, one and two jobs: wall clock, since spreading over cores is the point. */
function smallFilesRun(sentences: string[]): void {
  log(`${smallFiles} small files, --jobs 1 and 2`)
  const small = generate(sentences, smallFiles, 5, 1)
  const smallWords = small.reduce((sum, item) => sum + countWords(item.value), 0)
  writeDrafts(path.join(work, 'small'), small)
  // Alternating pairs, medians: one wall-clock sample on a shared machine says more about the neighbours.
  const samples = {serial: [] as ChildStats[], parallel: [] as ChildStats[]}
  for (let run = 0; run < runs; run++) {
    samples.serial.push(child([process.execPath, bundlePath, '-q', '--jobs', '1', path.join(work, 'small')]))
    samples.parallel.push(child([process.execPath, bundlePath, '-q', '--jobs', '2', path.join(work, 'small')]))
  }
  const middle = (list: ChildStats[], key: keyof ChildStats) => median(list.map((stats) => stats[key]))
  const serial = {wallMs: middle(samples.serial, 'wallMs')}
  const parallel = {wallMs: middle(samples.parallel, 'wallMs'), maxRss: Math.max(...samples.parallel.map((stats) => stats.maxRss))}
  const section = `${smallFiles} files of 5 KB (${format(smallWords)} words), ${os.cpus().length} cores`
  rows.push({section, measure: '--jobs 1, s', value: (serial.wallMs / 1000).toFixed(2)})
  rows.push({
    section,
    measure: '--jobs 2, s',
    value: `${(parallel.wallMs / 1000).toFixed(2)} (${(serial.wallMs / parallel.wallMs).toFixed(2)}× faster)`
  })
  rows.push({section, measure: '--jobs 2, peak RSS, MB', value: format(parallel.maxRss / 1048576)})
  target(`${smallFiles} files with --jobs 2 under 300 MB`, `${format(parallel.maxRss / 1048576)} MB`, parallel.maxRss < 300 * 1048576)
  target(
    `--jobs 2 at least 1.7× --jobs 1 on ${smallFiles} small files`,
    `${(serial.wallMs / parallel.wallMs).toFixed(2)}×`,
    serial.wallMs / parallel.wallMs >= 1.7
  )
}

async function main(): Promise<void> {
  const started = performance.now()
  const corpusDir = path.resolve(root, values.corpus!)
  const shipped = !values['generated-corpus'] && existsSync(corpusDir)
  const corpus = shipped ? loadFolder(corpusDir) : syntheticCorpus()
  const corpusLabel = shipped ? path.relative(root, corpusDir) : 'generated news-like corpus (seed 17; no ../shared)'
  const words = corpus.reduce((sum, draft) => sum + countWords(draft.value), 0)
  const bytes = corpus.reduce((sum, draft) => sum + draft.value.length, 0)
  const sentences = sentencesOf(corpus)
  const corpusSection = `${corpusLabel}: ${corpus.length} files, ${megabytes(bytes)} MB, ${format(words)} words`

  if (values.only === 'cold-start') {
    coldStart(corpus)
    return finish(started)
  }
  if (values.only === 'small-files') {
    smallFilesRun(sentences)
    return finish(started)
  }
  if (values.only === 'memory') {
    await memoryAndLinearity(sentences)
    garbageCollection(shipped ? corpusDir : path.join(work, 'corpus'), `garbage collection, one job, ${corpusSection}`)
    return finish(started)
  }

  const bareRate = await inProcessRows(corpus, words, corpusSection)
  if (values.only === 'latency') {
    await warmLatency(corpus)
    return finish(started)
  }

  // Whole processes on the same files: start-up, module load and file reading included.
  log('whole-process throughput')
  const files = corpus.map((draft) => draft.name)
  const whole = wholeProcess(files, runs)
  const cliRate = (words / whole.copydesk) * 1000
  let section = `whole process, one job, ${corpusSection}`
  rows.push({section, measure: 'bare parse-english script, words/s', value: format((words / whole.bare) * 1000)})
  rows.push({
    section,
    measure: 'copydesk --jobs 1, words/s',
    value: `${format(cliRate)} (${(cliRate / bareRate).toFixed(2)}× in-process bare, ${(whole.bare / whole.copydesk).toFixed(2)}× bare script)`
  })
  target(
    'whole CLI, one job, on the corpus: ≥ 0.30× bare parse (in-process, same run)',
    `${(cliRate / bareRate).toFixed(2)}×`,
    cliRate / bareRate >= 0.3
  )
  if (writeGood) {
    const rate = (words / whole['write-good']) * 1000
    rows.push({
      section,
      measure: `write-good ${writeGood.version} CLI, words/s`,
      value: `${format(rate)} (${(rate / bareRate).toFixed(2)}× in-process bare)`
    })
    target(
      'whole CLI faster than write-good (same run)',
      `${(whole['write-good'] / whole.copydesk).toFixed(2)}× write-good's speed`,
      cliRate > rate
    )
  } else notes.push('write-good is not installed (npm ci installs it as a devDependency): not compared')
  const peers = measurePeers({
    dir: values['peers-dir'] ? path.resolve(values['peers-dir']) : undefined,
    work,
    files: corpus.map((draft) => ({name: draft.name, words: countWords(draft.value)})),
    bareRate,
    nodeCpuMs: (args, cwd) => child([process.execPath, ...args], {}, cwd).cpuMs
  })
  for (const peer of peers.rows) rows.push({section, ...peer})
  if (peers.missing.length > 0) notes.push(`peers not measured (not installed; see docs/performance.md): ${peers.missing.join(', ')}`)

  // GC share and per-rule time on the corpus, one job.
  const corpusFolder = shipped ? corpusDir : path.join(work, 'corpus')
  garbageCollection(corpusFolder, section)

  coldStart(corpus)

  await warmLatency(corpus)

  await memoryAndLinearity(sentences)

  smallFilesRun(sentences)

  // Per-rule time, one job, on the corpus.
  const timing = spawnSync(process.execPath, [bundlePath, '-q', '--jobs', '1', '--timing', corpusFolder], {
    encoding: 'utf8'
  })
  const table = timing.stderr.slice(timing.stderr.indexOf('Rule '))
  section = 'per-rule time (--timing, --jobs 1, the corpus)'
  for (const line of table.split('\n').slice(2)) {
    const [label, milliseconds, share] = line.split('|').map((cell) => cell.trim())
    if (label && milliseconds) rows.push({section, measure: label, value: `${milliseconds} ms (${share})`})
  }

  finish(started)
}

/** In-process throughput on the corpus: the library API against bare parse-english (and write-good); bare words/s. */
async function inProcessRows(corpus: readonly Draft[], words: number, corpusSection: string): Promise<number> {
  log('in-process throughput')
  const inProcess = await alternate(
    {
      bare: () => bareParse(corpus),
      copydesk: () => copydesk(corpus),
      ...(writeGood ? {'write-good': () => writeGoodRun(corpus)} : {})
    },
    runs
  )
  const bareRate = (words / inProcess.bare) * 1000
  const apiRate = (words / inProcess.copydesk) * 1000
  const section = `in-process (library API, warm), ${corpusSection}`
  rows.push({section, measure: 'bare parse-english, words/s', value: format(bareRate)})
  rows.push({section, measure: 'copydesk lint(), words/s', value: `${format(apiRate)} (${(apiRate / bareRate).toFixed(2)}× bare)`})
  if (writeGood) {
    const rate = (words / inProcess['write-good']) * 1000
    rows.push({
      section,
      measure: `write-good ${writeGood.version}, words/s`,
      value: `${format(rate)} (${(rate / bareRate).toFixed(2)}× bare)`
    })
  }
  return bareRate
}

/** Warm latency: corpus paragraphs, in order, until the article reaches 1,000 words; CPU ms per lint(). */
async function warmLatency(corpus: readonly Draft[]): Promise<void> {
  const lines: string[] = []
  let articleWords = 0
  for (const line of corpus.flatMap((item) => item.value.split('\n'))) {
    if (articleWords >= 1000) break
    lines.push(line)
    articleWords += countWords(line)
  }
  const article = lines.join('\n')
  for (let index = 0; index < 10; index++) await lint(article)
  const latencies: number[] = []
  for (let index = 0; index < (quick ? 20 : 50); index++) {
    const start = cpu()
    await lint(article)
    latencies.push(cpu() - start)
  }
  const latency = median(latencies)
  const section = `warm latency, library API, one ${format(articleWords)}-word article`
  rows.push({section, measure: `median ms (of ${latencies.length})`, value: latency.toFixed(1)})
  rows.push({section, measure: 'p95 ms', value: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)].toFixed(1)})
  target('warm library latency, 1,000-word article: median ≤ 5 ms', `${latency.toFixed(1)} ms`, latency <= 5)
}

function finish(started: number): void {
  notes.push(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const text = renderTable()
  if (values.json) process.stdout.write(JSON.stringify({rows, targets, notes}) + '\n')
  else process.stdout.write(text)
  if (values['write-docs']) writeDocs(text)
}

function renderTable(): string {
  const width = Math.max(...rows.map((row) => row.measure.length))
  const lines: string[] = [
    `copydesk bench: ${os.cpus().length} cores, Node ${process.version}, ${ruleIds.length} rules (${ruleIds.join(', ')})`,
    `medians of ${runs} runs unless said otherwise; CPU time (wall clock for --jobs); ratios are to bare parse-english measured in the same run`
  ]
  let section = ''
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section
      lines.push('', section)
    }
    lines.push(`  ${row.measure.padEnd(width)}  ${row.value}`)
  }
  lines.push('', 'Targets (issue 17)')
  const targetWidth = Math.max(...targets.map((item) => item.target.length))
  const valueWidth = Math.max(...targets.map((item) => item.value.length))
  for (const item of targets)
    lines.push(`  ${item.target.padEnd(targetWidth)}  ${item.value.padStart(valueWidth)}  ${item.met ? 'met' : 'NOT MET'}`)
  if (notes.length > 0) lines.push('', ...notes.map((note) => `note: ${note}`))
  return lines.join('\n') + '\n'
}

/** Replace the results between the markers in docs/performance.md with this run's table. */
function writeDocs(text: string): void {
  const file = path.join(root, 'docs/performance.md')
  const doc = readFileSync(file, 'utf8')
  const start = '<!-- bench-results:start -->'
  const end = '<!-- bench-results:end -->'
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  if (from < 0 || to < from) throw new Error(`docs/performance.md has no ${start} … ${end} markers`)
  const block = `${start}\n\n\`\`\`text\n${text}\`\`\`\n\n`
  writeFileSync(file, doc.slice(0, from) + block + doc.slice(to))
  log('docs/performance.md: results rewritten')
}

try {
  await main()
} finally {
  rmSync(work, {recursive: true, force: true})
}
