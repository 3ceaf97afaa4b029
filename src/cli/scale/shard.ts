/**
 * `--shard i/n`: lint the i-th of n deterministic slices of the file list,
 * so any batch runner (a CI matrix, a Kubernetes indexed Job, GNU parallel
 * over hosts) can spread an archive over machines without a coordinator.
 *
 * The list is what the engine itself would lint (globs expanded, folders
 * walked, ignore files applied), sorted by path as the engine sorts it; file
 * k (counting from 0) belongs to shard (k mod n) + 1. Every file is in
 * exactly one shard, and the split depends only on the list of paths.
 */
import {realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** `"2/5"` → `{index: 2, count: 5}`; a one-line message for anything else. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value.trim())
  if (!match) return `--shard expects i/n such as 1/4 (the first of four slices), not ${JSON.stringify(value)}`
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) {
    return `--shard ${value}: i must be between 1 and n (for example 1/${Math.max(count, 1)} … ${Math.max(count, 1)}/${Math.max(count, 1)})`
  }
  return {index, count}
}

export function inShard(position: number, shard: Shard): boolean {
  return position % shard.count === shard.index - 1
}

export function selectShard<Item>(items: readonly Item[], shard: Shard): Item[] {
  return items.filter((_, position) => inShard(position, shard))
}

export interface ExpandOptions {
  cwd: string
  extensions: string[]
  ignoreName?: string
  detectIgnore?: boolean
  ignorePath?: string
  ignorePatterns?: string[]
}

type Finder = (
  input: string[],
  options: Record<string, unknown>,
  callback: (error: Error | undefined, result?: {files: VFile[]}) => void
) => void

/**
 * The engine's own file finder (globs, folders, extensions, ignore files).
 * It is not exported, so it is loaded by path; unified-engine is pinned to
 * an exact version in package.json, and the shard tests cover this.
 */
async function loadFinder(): Promise<{finder: Finder; Ignore: new (options: Record<string, unknown>) => unknown}> {
  const root = path.dirname(fileURLToPath(import.meta.resolve('unified-engine')))
  const [{finder}, {Ignore}] = await Promise.all([
    import(pathToFileURL(path.join(root, 'lib/finder.js')).href),
    import(pathToFileURL(path.join(root, 'lib/ignore.js')).href)
  ])
  return {finder, Ignore}
}

/** A file to lint, or a path that cannot be one, with the one-line reason. */
export interface Entry {
  path: string
  problem?: string
  /** Bytes on disk, for a file that can be read (how much work the run holds). */
  size?: number
}

/**
 * The files the engine would lint for these arguments, sorted as the engine
 * sorts them, with two fixes for archives: a file reached through a
 * symlinked folder loop (or any second path) is listed once, under its
 * shortest path; and a pipe, socket or device gets a reason instead of a
 * read that would wait forever.
 */
export async function expandEntries(patterns: string[], options: ExpandOptions): Promise<Entry[]> {
  const byRealPath = new Map<string, string>()
  const sizes = new Map<string, number>()
  const brokenByPlace = new Map<string, string>()
  const entries: Entry[] = []
  for (const filePath of await expandFiles(patterns, options)) {
    const full = path.resolve(options.cwd, filePath)
    let real: string
    let special = false
    try {
      real = realpathSync(full)
      const stats = statSync(real)
      special = !stats.isFile() && !stats.isDirectory()
      sizes.set(real, stats.size)
    } catch {
      // Missing, a link loop, unreadable: the engine reports it in one line,
      // once per place (a dangling link seen again through a folder loop is the same link).
      const key = placeOf(full)
      const known = brokenByPlace.get(key)
      if (known === undefined || depth(filePath) < depth(known)) brokenByPlace.set(key, filePath)
      continue
    }
    if (special) {
      entries.push({path: filePath, problem: 'This is a pipe, socket or device, not a saved draft: copydesk reads files'})
      continue
    }
    const known = byRealPath.get(real)
    if (known === undefined || depth(filePath) < depth(known)) byRealPath.set(real, filePath)
  }
  for (const [real, filePath] of byRealPath) entries.push({path: filePath, size: sizes.get(real)})
  for (const filePath of brokenByPlace.values()) entries.push({path: filePath})
  return entries.sort((left, right) => (left.path < right.path ? -1 : 1))
}

/** A path that cannot be resolved, named by its resolved folder and its own name. */
function placeOf(full: string): string {
  try {
    return path.join(realpathSync(path.dirname(full)), path.basename(full))
  } catch {
    return full
  }
}

function depth(filePath: string): number {
  return filePath.split(path.sep).length
}

/** The paths the engine would lint for these arguments, sorted as the engine sorts them. */
export async function expandFiles(patterns: string[], options: ExpandOptions): Promise<string[]> {
  const {finder, Ignore} = await loadFinder()
  const files = await new Promise<VFile[]>((resolve, reject) => {
    finder(
      patterns,
      {
        cwd: options.cwd,
        extensions: options.extensions,
        ignore: new Ignore({
          cwd: options.cwd,
          detectIgnore: options.detectIgnore,
          ignoreName: options.ignoreName,
          ignorePath: options.ignorePath,
          ignorePathResolveFrom: 'dir'
        }),
        ignorePatterns: options.ignorePatterns ?? [],
        silentlyIgnore: false
      },
      (error, result) => (result ? resolve(result.files) : reject(error))
    )
  })
  return files.map((file) => file.path).sort((left, right) => (left < right ? -1 : 1))
}
