/**
 * `--jobs N`: lint files in N worker threads, with a report identical to a
 * serial run.
 *
 * unified-engine still does everything it does in a serial run (globs,
 * config files, ignore files, reading, the report, in the same order);
 * only the expensive part moves to workers. In the main thread the parser
 * checks the input (binary, bad UTF-8, empty) and returns an empty tree,
 * and one plugin, `remoteLint`, sends the text and the file's rule settings
 * to a worker and puts the messages it gets back on the file.
 *
 * Configurations that name third-party plugins cannot travel to a worker
 * (plugins are functions): such files are parsed and linted in the main
 * thread, with the same plugins, so the result is still the same.
 */
import {Worker} from 'node:worker_threads'
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {EngineConfig, PluginEntry} from '../../config/config.js'
import {messageControlPlugin} from '../../pipeline/message-control.js'
import {copydeskCompile, copydeskParse} from '../../pipeline/processor.js'
import {readDraftText} from '../../parse/input.js'
import {lintJob} from './lint-job.js'
import {messageFromData, type Job, type JobResult} from './protocol.js'
import {releaseFile} from '../../pipeline/release.js'
import {rules} from '../../../rules/index.js'
import {limitDraftSize} from '../../pipeline/size-limit.js'
import {addTimes} from './timing.js'
import '../../types.js'

const emptyTree = (): Root => ({type: 'RootNode', children: []})

/** The worker script: beside the bundled CLI (dist/copydesk.js) it is bundled too. */
/**
 * Worker heaps: a small young generation keeps the resident memory of a long
 * run low (V8 otherwise grows it freely in every thread) for a few per cent
 * of speed; the old generation is capped too, and a file larger than
 * `workerFileLimit` is linted in the main thread, which has no such cap.
 */
const workerHeapMb = 256
const workerYoungMb = 16
const workerFileLimit = 256 * 1024

const workerUrl = new URL(import.meta.url.endsWith('/copydesk.js') ? './copydesk-worker.js' : './worker.js', import.meta.url)

interface QueueEntry {
  job: Job
  resolve: (result: JobResult) => void
  reject: (error: Error) => void
}

/**
 * N lint threads: N - 1 workers and the main thread, which has little else
 * to do (the engine's reading and reporting) and is already warm, so a
 * two-core run starts one worker, not two. Each worker holds up to two
 * files, so it never waits while the main thread is busy with its own.
 */
export class WorkerPool {
  readonly size: number
  #workers: Array<{worker: Worker; inFlight: number}> = []
  #queue: QueueEntry[] = []
  #pending = new Map<number, {resolve: (result: JobResult) => void; reject: (error: Error) => void; slot: number}>()
  #localBusy = false
  #nextId = 0

  constructor(size: number) {
    this.size = size
    // Start the workers now: they load while the engine finds and reads the first files.
    while (this.#workers.length < size - 1) this.#workers.push({worker: this.#start(this.#workers.length), inFlight: 0})
  }

  run(job: Omit<Job, 'id'>): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({job: {...job, id: this.#nextId++}, resolve, reject})
      this.#dispatch()
    })
  }

  close(): Promise<unknown> {
    return Promise.all(this.#workers.map(({worker}) => worker.terminate()))
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = -1
      for (let index = 0; index < this.#workers.length; index++) {
        if (this.#workers[index].inFlight < 2 && (slot === -1 || this.#workers[index].inFlight < this.#workers[slot].inFlight)) slot = index
      }
      if (slot !== -1 && (this.#workers[slot].inFlight === 0 || this.#localBusy)) {
        const {job, resolve, reject} = this.#queue.shift()!
        this.#workers[slot].inFlight++
        this.#pending.set(job.id, {resolve, reject, slot})
        this.#workers[slot].worker.postMessage(job)
      } else if (!this.#localBusy) {
        this.#runHere(this.#queue.shift()!)
      } else {
        return
      }
    }
  }

  /** Lint in the main thread, on a later turn so the engine's reads go on meanwhile. */
  #runHere(entry: QueueEntry): void {
    this.#localBusy = true
    setImmediate(() => {
      lintJob({...entry.job, sendTimes: false}).then(
        (result) => {
          this.#localBusy = false
          entry.resolve(result)
          this.#dispatch()
        },
        (error: Error) => {
          this.#localBusy = false
          entry.reject(error)
          this.#dispatch()
        }
      )
    })
  }

  #start(slot: number): Worker {
    const worker = new Worker(workerUrl, {resourceLimits: {maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb}})
    worker.on('message', (result: JobResult) => {
      const pending = this.#pending.get(result.id)
      this.#pending.delete(result.id)
      this.#workers[slot].inFlight--
      pending?.resolve(result)
      this.#dispatch()
    })
    worker.on('error', (error) => {
      // A crashed worker fails the files it held; the rest carry on in a new one.
      for (const [id, pending] of this.#pending) {
        if (pending.slot !== slot) continue
        this.#pending.delete(id)
        pending.reject(error)
      }
      this.#workers[slot] = {worker: this.#start(slot), inFlight: 0}
      this.#dispatch()
    })
    return worker
  }
}

/** The main thread's processor in parallel mode: checks the input, parses nothing. */
export function createDeferredProcessor(): Processor<Root, Root, Root, undefined, undefined> {
  return unified()
    .use(function (this: Processor) {
      this.parser = function (_document: string, file: VFile) {
        readDraftText(file)
        return emptyTree()
      }
    })
    .use(limitDraftSize)
    .use(copydeskCompile) as never
}

interface RemoteOptions {
  pool: WorkerPool
  rules: Array<[string, unknown]>
  settings: Record<string, unknown>
  timing: boolean
}

/** Lint the file in a worker; its messages come back onto the file. */
function remoteLint(options: RemoteOptions) {
  return function (_tree: Root, file: VFile, next: (error?: unknown) => void) {
    const job = {
      path: file.path,
      cwd: file.cwd,
      value: String(file.value),
      format: file.data.copydeskFormat,
      hadBom: file.data.copydeskHadBom,
      rules: options.rules,
      settings: options.settings,
      timing: options.timing
    }
    file.value = ''
    const result = job.value.length > workerFileLimit ? lintJob({...job, id: -1, sendTimes: false}) : options.pool.run(job)
    result.then(
      (result) => {
        const messages = result.messages.map(messageFromData)
        file.messages.push(...messages)
        if (result.times) addTimes(result.times)
        if (!result.failure) return next()
        if ('index' in result.failure) return next(messages[result.failure.index])
        const error = new Error(result.failure.message)
        error.name = result.failure.name
        error.stack = result.failure.stack
        next(error)
      },
      (error: unknown) => next(error)
    )
  }
}

/** Parse in the main thread after all (for plugins that cannot move to a worker). */
function parseHere() {
  const parser = unified().use(copydeskParse)
  return function (_tree: Root, file: VFile): Root {
    return parser.parse(file) as Root
  }
}

/** Drop what the main thread parsed here once its messages are final. */
function releaseHere() {
  return function (tree: Root, file: VFile) {
    releaseFile(tree, file)
  }
}

/**
 * Turn a resolved configuration into its parallel form: one `remoteLint`
 * carrying rule ids and settings when every plugin is a copydesk rule, or
 * the same plugins run here, after a local parse, when some are not.
 */
export function toParallelConfig(
  config: EngineConfig,
  pool: WorkerPool,
  timing: boolean,
  wrap: (entry: PluginEntry) => PluginEntry = (entry) => entry
): EngineConfig {
  const ruleSettings: Array<[string, unknown]> = []
  for (const entry of config.plugins) {
    const plugin = typeof entry === 'string' ? undefined : (entry[0] as {ruleId?: string})
    if (!plugin || typeof plugin.ruleId !== 'string' || rules[plugin.ruleId] !== (plugin as unknown)) {
      return {
        plugins: [[parseHere], ...config.plugins.map(wrap), [messageControlPlugin], [releaseHere]],
        settings: config.settings
      }
    }
    ruleSettings.push([plugin.ruleId, (entry as [unknown, unknown?])[1]])
  }
  const remote: RemoteOptions = {pool, rules: ruleSettings, settings: config.settings, timing}
  return {plugins: [[remoteLint, remote]], settings: config.settings}
}
