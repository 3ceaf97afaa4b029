/**
 * Lint a long file list in batches, with one report at the end.
 *
 * unified-engine starts every file of a run at once: it reads them all,
 * then holds each until the last is done. Over an archive that is the whole
 * archive in memory. Here the engine runs on one slice of the (already
 * expanded and sorted) list at a time; each file keeps only its messages
 * (see release.ts), and the report, the exit code and the file order are
 * those of a single run over the whole list.
 *
 * With worker threads, two slices are under way at a time: while the engine
 * reads and sets up the next slice, the workers still lint the last files of
 * this one, instead of waiting for a slice's last file before the next begins.
 */
import {engine, type Context, type Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import type {Entry} from './shard.js'

/** Files per engine run: enough to keep both cores busy, few enough to keep memory flat. */
export const defaultBatchSize = 200

export function batchSize(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.COPYDESK_BATCH_SIZE)
  return Number.isInteger(value) && value > 0 ? value : defaultBatchSize
}

type Done = (error: Error | undefined, code?: 0 | 1, context?: Context) => void
type Reporter = (files: VFile[], options: Record<string, unknown>) => string | Promise<string>

export function runInBatches(options: EngineOptions, paths: Entry[], size: number, done: Done, inFlight = 1): void {
  const report = options.reporter as unknown as Reporter
  // Each slice's files, kept by slice so the report has the order of a single run whatever finishes first.
  const given: VFile[][] = []
  const all: VFile[][] = []
  const slices = Math.ceil(paths.length / size)
  let started = 0
  let finished = 0
  let failed = false

  if (slices === 0) finishRun()
  for (let count = 0; count < Math.min(inFlight, slices); count++) next()

  function finishRun(): void {
    finish().then(
      (code) => done(undefined, code, {files: all.flat()} as unknown as Context),
      (error: Error) => done(error)
    )
  }

  function next(): void {
    const index = started++
    const slice = paths.slice(index * size, (index + 1) * size)
    given[index] = []
    engine(
      {
        ...options,
        files: slice.map(toFile),
        // Collect; the report is written once, at the end.
        reporter: ((files: VFile[]) => {
          for (const file of files) given[index].push(file)
          return ''
        }) as never
      },
      (error, _code, context) => {
        if (failed) return
        if (error) {
          failed = true
          return done(error)
        }
        all[index] = context?.files ?? []
        finished++
        if (started < slices) next()
        else if (finished === slices) finishRun()
      }
    )
  }

  /** A file the engine will read, or one already failed (the engine then neither reads nor parses it). */
  function toFile(entry: Entry): VFile {
    const file = new VFile({path: entry.path, cwd: String(options.cwd ?? process.cwd())})
    if (entry.problem) file.message(entry.problem).fatal = true
    return file
  }

  /** What the engine's last step does for a single run: report the given files, exit 1 on failure. */
  async function finish(): Promise<0 | 1> {
    let text = await report(given.flat(), {
      ...options.reporterOptions,
      color: options.color,
      quiet: options.quiet,
      silent: options.silent,
      verbose: options.verbose
    })
    if (text) {
      if (!text.endsWith('\n')) text += '\n'
      await new Promise((resolve) => (options.streamError ?? process.stderr).write(text, () => resolve(undefined)))
    }
    const failed = all
      .flat()
      .some((file) => file.messages.some((message) => message.fatal === true || (options.frail && message.fatal === false)))
    return failed ? 1 : 0
  }
}
