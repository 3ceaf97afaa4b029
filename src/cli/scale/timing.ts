/**
 * Per-rule timing, like ESLint's `TIMING=1`: `COPYDESK_TIMING=1 copydesk …`
 * or `copydesk --timing …` prints, after the report, the time each rule took
 * over all files, slowest first (recorded by src/pipeline/timing.ts).
 */
import {currentTimes} from '../../pipeline/timing.js'

export function timingRequested(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag) return true
  const value = env.COPYDESK_TIMING
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

/** The table printed after a run, slowest first. */
export function timingTable(entries: Array<[string, number]> = currentTimes()): string {
  const sorted = [...entries].sort((a, b) => b[1] - a[1])
  const total = sorted.reduce((sum, [, milliseconds]) => sum + milliseconds, 0)
  const width = sorted.reduce((widest, [label]) => Math.max(widest, label.length), 4)
  const lines = [`${'Rule'.padEnd(width)} | ${'Time (ms)'.padStart(10)} | Relative`]
  lines.push(`${'-'.repeat(width)}-+-${'-'.repeat(10)}-+---------`)
  for (const [label, milliseconds] of sorted) {
    const share = total > 0 ? ((milliseconds / total) * 100).toFixed(1) + '%' : '-'
    lines.push(`${label.padEnd(width)} | ${milliseconds.toFixed(1).padStart(10)} | ${share.padStart(8)}`)
  }
  return lines.join('\n') + '\n'
}

// The recorder lives with the pipeline, which times each rule as it runs.
export {takeTimes, timedPlugin, timeParser} from '../../pipeline/timing.js'
