/**
 * `--jobs N`: lint files in N worker threads, with a report identical to a
 * serial run.
 *
 * unified-engine still does everything it does in a serial run (globs,
 * config files, ignore files, reading, the report, in the same order);
 * only the draft step's linting moves to workers: `remoteLinter` sends the
 * text and the file's configuration (as data: rule ids with settings already
 * checked) to a worker and puts the messages it gets back on the file.
 *
 * Configurations holding plugin functions cannot travel to a worker: such
 * files are linted in the main thread, by the same pipeline, so the result
 * is still the same.
 */
import {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {DraftConfig} from '../../config/config.js'
import type {DraftLinter} from '../../pipeline/engine.js'
import {lintDraft, type DraftOptions} from '../../pipeline/draft.js'
import {readDraftText} from '../../parse/input.js'
import {addTimes} from '../../pipeline/timing.js'
import {lintJob} from './lint-job.js'
import {configToData, messageFromData, type Job, type JobResult} from './protocol.js'
import '../../types.js'

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

/** A draft linter that sends each draft to the pool (or lints it here, when it cannot go). */
export function remoteLinter(pool: WorkerPool): DraftLinter {
  const data = new WeakMap<DraftConfig, ReturnType<typeof configToData>>()
  return async function (file: VFile, config: DraftConfig, options: DraftOptions) {
    if (!data.has(config)) data.set(config, configToData(config))
    const configData = data.get(config)
    const size = typeof file.value === 'string' ? file.value.length : (file.value?.byteLength ?? 0)
    if (!configData || size > workerFileLimit) return lintDraft(file, config, options)
    file.data.copydeskDraftConfig = config
    try {
      // Checked here (binary, bad UTF-8, empty), so the text travels as a string.
      readDraftText(file)
    } catch (error) {
      if (file.messages.includes(error as never)) return file
      throw error
    }
    const job = {
      path: file.path,
      cwd: file.cwd,
      value: String(file.value),
      format: file.data.copydeskFormat,
      hadBom: file.data.copydeskHadBom,
      config: configData,
      maxMessages: options.maxMessages,
      timing: Boolean(options.timing)
    }
    // The text stays for --fix; the CLI's report run lets it go.
    if (options.release) file.value = ''
    const result = await pool.run(job)
    for (const message of result.messages) file.messages.push(messageFromData(message))
    if (result.times) addTimes(result.times)
    if (result.failure) {
      const error = new Error(result.failure.message)
      error.name = result.failure.name
      throw error
    }
    return file
  }
}
