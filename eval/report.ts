/** Tables and lists for `npm run eval`. */
import {ruleIds} from '../rules/index.js'
import type {Half} from './generator.js'
import type {Count, EvalResult} from './run.js'
import {referenceShape, type ShapeName} from './shapes.js'

export interface Score {
  tp: number
  fp: number
  misses: number
  recall: number
  precision: number
}

export function scoreOf(counts: readonly Count[]): Score {
  const tp = counts.reduce((sum, count) => sum + count.tp, 0)
  const fp = counts.reduce((sum, count) => sum + count.fp, 0)
  const misses = counts.reduce((sum, count) => sum + count.misses, 0)
  return {tp, fp, misses, recall: tp + misses === 0 ? 1 : tp / (tp + misses), precision: tp + fp === 0 ? 1 : tp / (tp + fp)}
}

/** The score of one rule, over some shapes and halves. */
export function ruleScore(
  result: EvalResult,
  rule: string,
  shapes: readonly ShapeName[] = result.shapes,
  halves: readonly Half[] = ['tuning', 'check']
): Score {
  const byShape = result.counts.get(rule)
  const counts: Count[] = []
  for (const shape of shapes) for (const half of halves) if (byShape?.get(shape)) counts.push(byShape.get(shape)![half])
  return scoreOf(counts)
}

const cell = (score: Score) =>
  String(score.tp).padStart(5) +
  String(score.fp).padStart(5) +
  String(score.misses).padStart(6) +
  score.recall.toFixed(2).padStart(7) +
  score.precision.toFixed(2).padStart(7)

export function table(result: EvalResult): string {
  const lines: string[] = []
  const header = '    TP   FP  miss recall  prec'
  lines.push(
    `${result.articles} articles, ${result.sentences} sentences, ${result.defects} planted defects (both halves), each in ${result.shapes.length} shapes, seed ${result.seed}`
  )
  lines.push('')
  lines.push(
    'rule / shape'.padEnd(36) + ' | tuning' + ' '.repeat(header.length - 7) + ' | check' + ' '.repeat(header.length - 6) + ' | both'
  )
  lines.push(''.padEnd(36) + ' |' + header + ' |' + header + ' |' + header)
  for (const rule of [...result.counts.keys()].sort()) {
    lines.push('-'.repeat(36 + 3 * (header.length + 2)))
    for (const shape of [...result.shapes, 'all' as const]) {
      const shapes = shape === 'all' ? result.shapes : [shape]
      const label = shape === 'all' ? `${rule} (all shapes)` : `  ${shape}`
      lines.push(
        label.padEnd(36) +
          ' |' +
          cell(ruleScore(result, rule, shapes, ['tuning'])) +
          ' |' +
          cell(ruleScore(result, rule, shapes, ['check'])) +
          ' |' +
          cell(ruleScore(result, rule, shapes))
      )
    }
  }
  return lines.join('\n')
}

export function baselineTable(result: EvalResult): string {
  const lines = [`Messages per 1,000 sentences on the untouched articles (${result.sentences} sentences, the bench's own count):`]
  lines.push('rule'.padEnd(24) + result.shapes.map((shape) => shape.padStart(16)).join(''))
  for (const rule of [...new Set([...ruleIds, ...result.baseline.keys()])].sort()) {
    const byShape = result.baseline.get(rule) ?? new Map<ShapeName, number>()
    lines.push(
      rule.padEnd(24) +
        result.shapes
          .map((shape) =>
            `${((1000 * (byShape.get(shape) ?? 0)) / Math.max(result.sentences, 1)).toFixed(2)} (${byShape.get(shape) ?? 0})`.padStart(16)
          )
          .join('')
    )
  }
  return lines.join('\n')
}

export function differenceSummary(result: EvalResult): string {
  const byShape = new Map<string, number>()
  for (const difference of result.differences) byShape.set(difference.shape, (byShape.get(difference.shape) ?? 0) + 1)
  const reference = referenceShape
  const parts = result.shapes.filter((shape) => shape !== referenceShape).map((shape) => `${shape} ${byShape.get(shape) ?? 0}`)
  return `Shape invariance (untouched articles, findings against ${reference}): ${result.differences.length} differences: ${parts.join(', ')}`
}

export function patternTable(result: EvalResult): string {
  const lines = ['rule'.padEnd(24) + 'pattern'.padEnd(42) + 'half'.padEnd(8) + '   found  missed  recall']
  for (const rule of [...result.patterns.keys()].sort()) {
    for (const [pattern, tally] of [...result.patterns.get(rule)!].sort(
      (a, b) => a[1].half.localeCompare(b[1].half) || a[0].localeCompare(b[0])
    )) {
      const recall = tally.tp + tally.misses === 0 ? 1 : tally.tp / (tally.tp + tally.misses)
      lines.push(
        rule.padEnd(24) +
          pattern.padEnd(42) +
          tally.half.padEnd(8) +
          String(tally.tp).padStart(8) +
          String(tally.misses).padStart(8) +
          recall.toFixed(2).padStart(8)
      )
    }
  }
  return lines.join('\n')
}
