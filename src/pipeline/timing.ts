/**
 * Per-rule time, recorded as the pipeline runs (the CLI's `--timing` prints
 * the totals): a rule's transformer and the parse are timed, one total per
 * label. Analysis layers shared by several rules (sentences, quotations, …)
 * are built on first use, so their cost counts for the first rule that asks.
 */
import type {Processor} from 'unified'

const totals = new Map<string, number>()

export const parseLabel = '(parse)'

export function recordTime(label: string, milliseconds: number): void {
  totals.set(label, (totals.get(label) ?? 0) + milliseconds)
}

/** Totals so far (a worker sends these to the main thread). */
export function takeTimes(): Array<[string, number]> {
  const entries = [...totals]
  totals.clear()
  return entries
}

/** Totals so far, kept. */
export function currentTimes(): Array<[string, number]> {
  return [...totals]
}

export function addTimes(entries: Array<[string, number]>): void {
  for (const [label, milliseconds] of entries) recordTime(label, milliseconds)
}

function labelOf(plugin: unknown): string {
  const named = plugin as {ruleId?: string; name?: string}
  return named.ruleId ?? (named.name || 'anonymous plugin')
}

type Attacher = (this: unknown, ...parameters: unknown[]) => unknown
type Next = (error?: unknown, tree?: unknown, file?: unknown) => void

const wrapped = new WeakMap<object, unknown>()

/**
 * The same plugin, with the time its transformer takes added to its rule's
 * total. One wrapper per plugin, so the engine still sees one plugin when
 * two config files name the same rule.
 */
export function timedPlugin<Plugin>(plugin: Plugin): Plugin {
  if (typeof plugin !== 'function') return plugin
  const known = wrapped.get(plugin)
  if (known) return known as Plugin
  const attacher = plugin as unknown as Attacher
  const label = labelOf(plugin)
  const timed = function (this: unknown, ...parameters: unknown[]) {
    const transformer = attacher.apply(this, parameters) as ((...parameters: unknown[]) => unknown) | undefined
    if (typeof transformer !== 'function') return transformer
    return function (this: unknown, tree: unknown, file: unknown, next: Next) {
      const start = performance.now()
      const done: Next = (error, ...rest) => {
        recordTime(label, performance.now() - start)
        next(error, ...rest)
      }
      if (transformer.length >= 3) {
        transformer.call(this, tree, file, done)
        return
      }
      let result: unknown
      try {
        result = transformer.call(this, tree, file)
      } catch (error) {
        done(error)
        return
      }
      if (result instanceof Promise) result.then((value) => done(undefined, value), done)
      else if (result instanceof Error) done(result)
      else done(undefined, result)
    }
  }
  Object.defineProperty(timed, 'name', {value: attacher.name})
  Object.assign(timed, plugin)
  wrapped.set(plugin, timed)
  return timed as Plugin
}

/** A plugin to add after copydesk's parser: counts parse time under `(parse)`. */
export function timeParser(this: Processor) {
  const parse = this.parser
  if (!parse) return
  this.parser = function (document, file) {
    const start = performance.now()
    try {
      return parse(document, file)
    } finally {
      recordTime(parseLabel, performance.now() - start)
    }
  }
}
