/**
 * The CLI's scale options, applied to the engine options cli.ts builds:
 * `--shard i/n` (shard.ts), `--jobs N` (parallel.ts) and per-rule timing
 * (timing.ts). Kept here so cli.ts only calls `prepareScale` and `finish`.
 */
import {statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {engine, type Options as EngineOptions} from 'unified-engine'
import {batchSize, runInBatches} from './batches.js'
import {createBaseProcessor} from '../../pipeline/processor.js'
import {limitDraftSize} from '../../pipeline/size-limit.js'
import type {EngineConfig, PluginEntry} from '../../config/config.js'
import {createDeferredProcessor, toParallelConfig, WorkerPool} from './parallel.js'
import {expandEntries, parseShard, selectShard, type Shard} from './shard.js'
import {timedPlugin, timeParser, timingTable} from './timing.js'

export interface ScaleRequest {
  jobs?: string
  shard?: string
  timing: boolean
  /** `--use` plugins are loaded by the engine in the main thread: they force a serial run. */
  usesPlugins: boolean
}

export interface PreparedRun {
  options: EngineOptions
  /** Set when the shard holds no file: nothing to lint, not an error. */
  emptyShard?: string
  /** Workers in use (1: serial). */
  jobs: number
  /** unified-engine's \`engine\`, or the same run in batches for a long file list. */
  engine: typeof engine
  /** Call once the engine is done: stops workers, prints the timing table. */
  finish(write: (text: string) => void): Promise<void>
}

export function parseJobs(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) {
    return `--jobs expects a whole number of at least 1, not ${JSON.stringify(value)}`
  }
  return Number(value)
}

export async function prepareScale(options: EngineOptions, request: ScaleRequest, fail: (message: string) => never): Promise<PreparedRun> {
  const requestedJobs = parseJobs(request.jobs)
  if (typeof requestedJobs === 'string') fail(requestedJobs)
  let shard: Shard | undefined
  if (request.shard !== undefined) {
    const parsed = parseShard(request.shard)
    if (typeof parsed === 'string') fail(parsed)
    shard = parsed
  }

  const patterns = (options.files ?? []) as string[]
  let fileCount = patterns.length
  // copydesk's processor (cli.ts), with the size check before the parse.
  let next: EngineOptions = {...options, processor: createBaseProcessor().use(limitDraftSize) as never}
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
    if (shard) {
      if (chosen.length === 0 && all.length > 0) {
        return {
          options: next,
          jobs: 1,
          engine,
          emptyShard: `shard ${shard.index}/${shard.count} holds no drafts (${all.length} in all): nothing to lint`,
          finish: async () => {}
        }
      }
    }
    // Given as files, so the engine neither globs nor walks folders again, a slice at a time.
    const size = batchSize()
    run = ((options: EngineOptions, done: Parameters<typeof engine>[1]) => runInBatches(options, chosen, size, done)) as typeof engine
  }

  const jobs = request.usesPlugins || patterns.length === 0 ? 1 : Math.max(1, Math.min(requestedJobs ?? os.availableParallelism(), fileCount))
  const wrap = (entry: PluginEntry): PluginEntry => (request.timing && Array.isArray(entry) ? [timedPlugin(entry[0]), entry[1]] : entry)
  const configTransform = next.configTransform as unknown as (raw: unknown, filePath: string) => EngineConfig
  const defaultConfig = next.defaultConfig as unknown as EngineConfig
  let pool: WorkerPool | undefined

  if (jobs > 1) {
    const workers = new WorkerPool(jobs)
    pool = workers
    next = {
      ...next,
      processor: createDeferredProcessor(),
      configTransform: ((raw: unknown, filePath: string) => toParallelConfig(configTransform(raw, filePath), workers, request.timing, wrap)) as never,
      defaultConfig: toParallelConfig(defaultConfig, workers, request.timing, wrap) as never,
      // Message control and memory release run with the rules, in the worker.
      plugins: []
    }
  } else if (request.timing) {
    const withTimes = (config: EngineConfig): EngineConfig => ({...config, plugins: config.plugins.map(wrap)})
    next = {
      ...next,
      processor: createBaseProcessor().use(timeParser).use(limitDraftSize) as never,
      configTransform: ((raw: unknown, filePath: string) => withTimes(configTransform(raw, filePath))) as never,
      defaultConfig: withTimes(defaultConfig) as never
    }
  }

  return {
    options: next,
    jobs,
    engine: run,
    async finish(write) {
      await pool?.close()
      if (request.timing) write(timingTable())
    }
  }
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
