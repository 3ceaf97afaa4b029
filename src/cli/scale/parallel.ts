/**
 * `--jobs N`: lint files in N worker threads (a piscina pool), with a report
 * identical to a serial run.
 *
 * unified-engine still does everything it does in a serial run (globs,
 * config files, ignore files, reading, the report, in the same order);
 * only the draft step's linting moves to workers: `remoteLinter` sends the
 * text and the file's configuration (as data: rule ids with settings already
 * checked) to the pool and puts the messages it gets back on the file. The
 * workers start once, with the pool, and are fed small batches of files.
 *
 * A worker that dies (out of memory, a crash) takes its batch with it; piscina
 * starts a fresh worker in its place, and each file of that batch is linted
 * again alone (a batch of one, while its worker runs nothing else), so only
 * the file that kills a worker by itself is reported as failed.
 *
 * Configurations holding plugin functions cannot travel to a worker: such
 * files are linted in the main thread, by the same pipeline, so the result
 * is still the same.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Piscina} from 'piscina'
import type {VFile} from 'vfile'
import type {DraftConfig} from '../../config/config.js'
import type {DraftLinter} from '../../pipeline/engine.js'
import {lintDraft, type DraftOptions} from '../../pipeline/draft.js'
import {readDraftText} from '../../parse/input.js'
import {addTimes} from '../../pipeline/timing.js'
import {configToData, messageFromData, type Batch, type BatchResult, type Job, type JobResult} from './protocol.js'
import '../../types.js'

/**
 * Worker heaps: a capped young generation keeps the resident memory of a long
 * run low (V8 otherwise grows it freely in every thread). 32 MB: on 2,000
 * files of 5 KB with --jobs 2 (alternating runs on a loaded 2-core machine),
 * 24 MB peaked at 260-277 MB against 288-307 MB, but took about a sixth more
 * CPU in scavenges (14.6 s of user time against 12.6 s, five runs each);
 * 28 MB peaked at 284-298 MB, at the bench's 300 MB bound; 16 MB had taken an
 * eighth more CPU (an earlier measurement). The old generation is capped too
 * (`--worker-memory-mb`), and a file larger than `workerFileLimit` is linted
 * in the main thread, which has no such cap.
 */
export const defaultWorkerMemoryMb = 256
const workerYoungMb = 32
const workerFileLimit = 256 * 1024

/** A batch is sent once it holds this much text (or this many files, see `LintPool`): large enough to save round trips. */
const batchChars = 64 * 1024
const batchFilesAtMost = 16

/**
 * The worker module: beside the bundled CLI (this code is then in a chunk in
 * dist/, next to dist/copydesk-worker.js) it is bundled too; compiled by tsc, worker.js.
 */
const bundledWorker = new URL('./copydesk-worker.js', import.meta.url)
const workerPath = fileURLToPath(existsSync(bundledWorker) ? bundledWorker : new URL('./worker.js', import.meta.url))

export interface PoolOptions {
  threads: number
  /** Old-generation heap of each worker, in MB. */
  workerMemoryMb: number
  /** Files in the run (when known): batches stay small enough that every thread gets work. */
  fileCount?: number
  /** Files per batch, whatever their size (for tests: `COPYDESK_WORKER_BATCH`). */
  batchFiles?: number
}

interface Waiting {
  job: Job
  resolve: (result: JobResult | Crash) => void
}

/** What a file gets when it kills a worker by itself. */
export interface Crash {
  reason: string
}

export class LintPool {
  readonly threads: number
  readonly workerMemoryMb: number
  #pool: Piscina
  #batch: Waiting[] = []
  #chars = 0
  #batchFiles: number
  #batchChars: number
  #flushing: NodeJS.Immediate | undefined

  static async start(options: PoolOptions): Promise<LintPool> {
    // Loaded only for parallel runs: a single-file run (the editor's) starts without it.
    const {Piscina} = await import('piscina')
    return new LintPool(Piscina, options)
  }

  private constructor(Pool: typeof Piscina, options: PoolOptions) {
    this.threads = options.threads
    this.workerMemoryMb = options.workerMemoryMb
    // Workers start now: they load while the engine finds and reads the first files.
    this.#pool = new Pool({
      filename: workerPath,
      minThreads: options.threads,
      maxThreads: options.threads,
      // One task at a time per worker: a worker that dies takes one batch with it, no more.
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: {maxOldGenerationSizeMb: this.workerMemoryMb, maxYoungGenerationSizeMb: workerYoungMb},
      // The report waits for every file: nothing is ever refused for a full queue.
      maxQueue: Number.POSITIVE_INFINITY
    })
    const perThread = Math.ceil((options.fileCount ?? Number.POSITIVE_INFINITY) / (options.threads * 4))
    this.#batchFiles = options.batchFiles ?? Math.max(1, Math.min(batchFilesAtMost, perThread))
    this.#batchChars = options.batchFiles ? Number.POSITIVE_INFINITY : batchChars
  }

  /** Lint one job in a worker: it waits for a few more to make a batch, at most until the engine's next turn. */
  lint(job: Job): Promise<JobResult | Crash> {
    return new Promise((resolve) => {
      this.#batch.push({job, resolve})
      this.#chars += job.value.length
      if (this.#batch.length >= this.#batchFiles || this.#chars >= this.#batchChars) this.#flush()
      else this.#flushing ??= setImmediate(() => this.#flush())
    })
  }

  close(): Promise<void> {
    return this.#pool.destroy()
  }

  #flush(): void {
    if (this.#flushing) clearImmediate(this.#flushing)
    this.#flushing = undefined
    const batch = this.#batch
    this.#batch = []
    this.#chars = 0
    if (batch.length === 0) return
    this.#pool.run(batch.map((waiting) => waiting.job) satisfies Batch).then(
      (results: BatchResult) => {
        for (let index = 0; index < batch.length; index++) batch[index].resolve(results[index])
      },
      (error: Error) => {
        // The worker died with the batch (piscina starts another): each file again, alone.
        if (batch.length === 1) batch[0].resolve({reason: crashReason(error, this.workerMemoryMb)})
        else for (const waiting of batch) this.#alone(waiting)
      }
    )
  }

  /** A batch of one: if its worker dies now, this file killed it. */
  #alone(waiting: Waiting): void {
    this.#pool.run([waiting.job] satisfies Batch).then(
      ([result]: BatchResult) => waiting.resolve(result),
      (error: Error) => waiting.resolve({reason: crashReason(error, this.workerMemoryMb)})
    )
  }
}

/** One line for a file that kills a worker by itself. */
export function crashReason(error: Error, workerMemoryMb: number): string {
  if ((error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `This draft needs more memory than a worker has (--worker-memory-mb ${workerMemoryMb}): lint it with --jobs 1, or give workers more with --worker-memory-mb`
  }
  const said = String(error?.message ?? error).split('\n')[0]
  return `A worker stopped while checking this draft (${said}): lint it with --jobs 1`
}

/** A draft linter that sends each draft to the pool (or lints it here, when it cannot go). */
export function remoteLinter(pool: LintPool): DraftLinter {
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
    const job: Job = {
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
    const result = await pool.lint(job)
    if ('reason' in result) {
      // Said as a file that cannot be read is said: one fatal line, no rule.
      file.message(result.reason).fatal = true
      return file
    }
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
