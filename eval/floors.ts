/**
 * Floors for the CI run: per rule and half, recall and precision over all
 * shapes, and the worst shape's recall and precision (both halves). The run is
 * deterministic, so a floor is today's number rounded down to two decimals.
 * Raise them as rules improve; never lower one without saying why.
 */
import type {Half} from './generator.js'
import {ruleScore} from './report.js'
import type {EvalResult} from './run.js'

export interface RuleFloors {
  tuning: {recall: number; precision: number}
  check: {recall: number; precision: number}
  worstShape: {recall: number; precision: number}
}

export type Floors = Record<string, RuleFloors>

const down = (value: number) => Math.floor(value * 100 + 1e-9) / 100

export function measure(result: EvalResult): Floors {
  const floors: Floors = {}
  for (const rule of [...result.counts.keys()].sort()) {
    const half = (which: Half) => {
      const score = ruleScore(result, rule, result.shapes, [which])
      return {recall: down(score.recall), precision: down(score.precision)}
    }
    const perShape = result.shapes.map((shape) => ruleScore(result, rule, [shape]))
    floors[rule] = {
      tuning: half('tuning'),
      check: half('check'),
      worstShape: {
        recall: down(Math.min(...perShape.map((score) => score.recall))),
        precision: down(Math.min(...perShape.map((score) => score.precision)))
      }
    }
  }
  return floors
}

/** Every number below its floor, as `rule check recall 0.41 < floor 0.45`. */
export function belowFloors(measured: Floors, floors: Floors): string[] {
  const failures: string[] = []
  for (const [rule, floor] of Object.entries(floors)) {
    const got = measured[rule]
    if (!got) {
      failures.push(`${rule}: no defects planted (its generator is gone?)`)
      continue
    }
    for (const part of ['tuning', 'check', 'worstShape'] as const) {
      for (const metric of ['recall', 'precision'] as const) {
        if (got[part][metric] < floor[part][metric])
          failures.push(`${rule} ${part} ${metric} ${got[part][metric].toFixed(2)} < floor ${floor[part][metric].toFixed(2)}`)
      }
    }
  }
  return failures
}
