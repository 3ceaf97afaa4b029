/**
 * `--fix` and `--fix-dry-run` read drafts through the same checks as a lint
 * run: the folder walk that gives pipes, sockets and devices a reason
 * instead of a read that waits forever (shard.ts), and the size limit.
 * Their engine run stays a single one, since the fixer needs its context.
 */
import type {Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import {createBaseProcessor} from '../pipeline/processor.js'
import {limitDraftSize} from '../pipeline/size-limit.js'
import {expandEntries} from './scale/shard.js'

export async function fixEngineOptions(options: EngineOptions): Promise<EngineOptions> {
  const patterns = (options.files ?? []) as string[]
  const processor = createBaseProcessor().use(limitDraftSize) as never
  if (patterns.length === 0) return {...options, processor}
  const cwd = String(options.cwd ?? process.cwd())
  const entries = await expandEntries(patterns, {
    cwd,
    extensions: (options.extensions ?? []).map((extension) => (extension.startsWith('.') ? extension : '.' + extension)),
    ignoreName: options.ignoreName,
    detectIgnore: options.detectIgnore,
    ignorePath: options.ignorePath === undefined ? undefined : String(options.ignorePath),
    ignorePatterns: options.ignorePatterns
  })
  const files = entries.map((entry) => {
    const file = new VFile({path: entry.path, cwd})
    // A fatal message before the read: the engine neither reads nor parses the file.
    if (entry.problem) file.message(entry.problem).fatal = true
    return file
  })
  return {...options, processor, files}
}
