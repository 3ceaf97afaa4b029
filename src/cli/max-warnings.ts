/** `--max-warnings N`: fail the run when it has more than N warnings (as ESLint does), whatever `--frail` says. */
import type {VFile} from 'vfile'

export function parseMaxWarnings(value: string | undefined, fail: (message: string) => never): number | undefined {
  if (value === undefined) return undefined
  const count = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count))
    fail(`--max-warnings expects a whole number of 0 or more, not ${JSON.stringify(value)}`)
  return count
}

/** A one-line complaint when the files hold too many warnings, else undefined. */
export function tooManyWarnings(files: readonly VFile[], limit: number | undefined): string | undefined {
  if (limit === undefined) return undefined
  let warnings = 0
  for (const file of files) for (const message of file.messages) if (message.fatal === false) warnings++
  if (warnings <= limit) return undefined
  return `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${limit} allows`
}
