/**
 * The CLI's scale options, applied to the engine options cli.ts builds:
 * `--shard i/n` (shard.ts), `--jobs N` (parallel.ts), long lists in batches
 * (batches.ts) and per-rule timing. Linting and `--fix` both run through here.
 */
import {statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {DraftLinter} from '../../pipeline/engine.js'
import {batchSize, runInBatches} from './batches.js'
import {defaultWorkerMemoryMb, LintPool, remoteLinter} from './parallel.js'
import {expandEntries, parseShard, selectShard, type Shard} from './shard.js'
import {timingTable} from './timing.js'

export interface ScaleRequest {
  jobs?: string
  shard?: string
  /** `--worker-memory-mb`: each worker's heap. */
  workerMemoryMb?: string
  timing: boolean
  /** `--use` plugins are functions loaded in the main thread: they force a serial run. */
  usesPlugins: boolean
}

export interface PreparedRun {
  /** Set when the shard holds no file: nothing to lint, not an error. */
  emptyShard?: string
  /** Threads in use (1: serial). */
  jobs: number
  /** How each draft is linted: undefined for this thread, else through the worker pool. */
  lint?: DraftLinter
  /** unified-engine's `engine`, or the same run in batches for a long file list. */
  engine: typeof engine
  /** Call once the engine is done: stops workers, prints the timing table. */
  finish(write: (text: string) => void): Promise<void>
}

/**
 * Text a thread should get before another one pays: a worker takes about a
 * third of a second of CPU to start, and copydesk lints some 300 KB a second
 * on one core, so a pre-commit hook's few drafts are linted in this thread.
 */
const bytesPerThread = 320 * 1024

export function parseJobs(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) {
    return `--jobs expects a whole number of at least 1, not ${JSON.stringify(value)}`
  }
  return Number(value)
}

export function parseWorkerMemory(value: string | undefined): number | string {
  if (value === undefined) return defaultWorkerMemoryMb
  const number = /^\d{1,6}$/.test(value.trim()) ? Number(value) : Number.NaN
  // Below 64 MB a worker cannot hold copydesk's word lists.
  if (!(number >= 64)) return `--worker-memory-mb expects a whole number of megabytes, at least 64, not ${JSON.stringify(value)}`
  return number
}

/** Decide how to run: which files (a shard), in batches or not, in how many threads. */
export async function prepareScale(options: EngineOptions, request: ScaleRequest, fail: (message: string) => never): Promise<PreparedRun> {
  const requestedJobs = parseJobs(request.jobs)
  if (typeof requestedJobs === 'string') fail(requestedJobs)
  const workerMemoryMb = parseWorkerMemory(request.workerMemoryMb)
  if (typeof workerMemoryMb === 'string') fail(workerMemoryMb)
  let shard: Shard | undefined
  if (request.shard !== undefined) {
    const parsed = parseShard(request.shard)
    if (typeof parsed === 'string') fail(parsed)
    shard = parsed
  }

  const patterns = (options.files ?? []) as string[]
  let fileCount = patterns.length
  let bytes = Number.POSITIVE_INFINITY
  let run: typeof engine = engine

  if (patterns.length > 0 && (shard || !isOneFile(patterns, String(options.cwd ?? process.cwd())))) {
    const all = await expandEntries(patterns, {
      cwd: String(options.cwd ?? process.cwd()),
      extensions: (options.extensions ?? []).map((extension) => (extension.startsWith('.') ? extension : '.' + extension)),
      ignoreName: options.ignoreName,
      detectIgnore: options.detectIgnore,
      ignorePath: options.ignorePath === undefined ? undefined : String(options.ignorePath),
      ignorePatterns: options.ignorePatterns
    })
    const chosen = shard ? selectShard(all, shard) : all
    fileCount = chosen.length
    bytes = chosen.reduce((sum, entry) => sum + (entry.size ?? 0), 0)
    if (shard && chosen.length === 0 && all.length > 0) {
      return {
        jobs: 1,
        engine,
        emptyShard: `shard ${shard.index}/${shard.count} holds no drafts (${all.length} in all): nothing to lint`,
        finish: async () => {}
      }
    }
    // Given as files, so the engine neither globs nor walks folders again, a slice at a time.
    const size = batchSize()
    // Workers go idle while a serial engine starts the next slice: with them, the next one starts early
    // (`jobs` is settled below, before the run starts).
    run = ((options: EngineOptions, done: Parameters<typeof engine>[1]) =>
      runInBatches(options, chosen, size, done, jobs > 1 ? 2 : 1)) as typeof engine
  }

  // Without --jobs: a thread per core, but only as many as the text keeps busy past a worker's start.
  const defaultJobs = Math.min(os.availableParallelism(), Math.floor(bytes / bytesPerThread))
  const jobs = request.usesPlugins || patterns.length === 0 ? 1 : Math.max(1, Math.min(requestedJobs ?? defaultJobs, fileCount))
  const pool = jobs > 1 ? await LintPool.start({threads: jobs, workerMemoryMb, fileCount, batchFiles: workerBatch()}) : undefined
  return {
    jobs,
    engine: run,
    lint: pool ? remoteLinter(pool) : undefined,
    async finish(write) {
      await pool?.close()
      if (request.timing) write(timingTable())
    }
  }
}

/** `COPYDESK_WORKER_BATCH=n`: n files in every worker batch (tests use it to put drafts in one worker together). */
function workerBatch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = Number(env.COPYDESK_WORKER_BATCH)
  return Number.isInteger(value) && value > 0 ? value : undefined
}

/** One path naming a file: the editor's case, which must start fast (no folder walk, no workers). */
function isOneFile(patterns: string[], cwd: string): boolean {
  if (patterns.length !== 1) return false
  try {
    return statSync(path.resolve(cwd, patterns[0])).isFile()
  } catch {
    return false
  }
}
