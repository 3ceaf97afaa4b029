/**
 * The bench itself: plant defects into each article (a tuning and a check
 * document), render the untouched and planted articles in every shape, lint
 * them in process with the recommended preset, and count per rule, shape and
 * half: found defects, missed defects and false messages.
 */
import {VFile} from 'vfile'
import {lint, ruleIds, type CopydeskConfig} from '../src/index.js'
import type {Article} from './article.js'
import {halves, PlantContext, type Generator, type Half} from './generator.js'
import {mix, Rng} from './rng.js'
import {referenceShape, render, type Rendered, type ShapeName, type UnitRange} from './shapes.js'

export interface Defect {
  rule: string
  pattern: string
  half: Half
  article: string
  units: string[]
  text: string
  span?: string
}

export interface PlantedArticle {
  article: Article
  half: Half
  defects: Defect[]
}

/** Plant one defect per generator (a pattern of the given half) into a copy of the article. */
export function plantArticle(article: Article, half: Half, seed: number, generators: readonly Generator[]): PlantedArticle {
  const copy = structuredClone(article)
  const used = new Set<string>()
  const defects: Defect[] = []
  generators.forEach((generator, index) => {
    const rng = new Rng(mix(seed, article.name, half, generator.rule))
    const context = new PlantContext(copy, rng, used, String(index))
    const patterns = generator.patterns.filter((pattern) => pattern.half === half)
    // Start at a random pattern; when the article offers nothing for it, try the next.
    const first = rng.int(patterns.length)
    for (let offset = 0; offset < patterns.length; offset++) {
      const pattern = patterns[(first + offset) % patterns.length]
      const planted = pattern.plant(context)
      if (!planted) continue
      defects.push({
        rule: generator.rule,
        pattern: pattern.id,
        half,
        article: article.name,
        units: planted.units,
        text: planted.text,
        span: planted.span
      })
      break
    }
  })
  return {article: copy, half, defects}
}

export interface Finding {
  rule: string
  /** The unit the message starts in (`~<id>` when it starts between units, before `<id>`). */
  unit: string
  start: number
  end: number
  line: number
  column: number
  reason: string
}

const recommended: CopydeskConfig = {preset: 'recommended'}

/** Lint a rendered article and trace each message back to its unit. */
export async function findingsOf(rendered: Rendered, config: CopydeskConfig = recommended): Promise<Finding[]> {
  const file = await lint(new VFile({path: rendered.path, value: rendered.text}), {format: rendered.format, config})
  const lineStarts = [0]
  for (let index = 0; index < rendered.text.length; index++) if (rendered.text[index] === '\n') lineStarts.push(index + 1)
  const offsetOf = (point: {line?: number; column?: number; offset?: number} | undefined): number | undefined => {
    if (!point) return undefined
    if (typeof point.offset === 'number') return point.offset
    if (typeof point.line === 'number' && typeof point.column === 'number') return (lineStarts[point.line - 1] ?? 0) + point.column - 1
    return undefined
  }
  return file.messages.map((message) => {
    const place = message.place as
      | {
          start?: {line?: number; column?: number; offset?: number}
          end?: {offset?: number}
          line?: number
          column?: number
          offset?: number
        }
      | undefined
    const start = offsetOf(place && 'start' in place ? place.start : place) ?? 0
    const end = offsetOf(place && 'end' in place ? (place.end as never) : undefined) ?? start
    return {
      rule: message.ruleId ?? message.source ?? 'unknown',
      unit: unitAt(rendered.ranges, start),
      start,
      end: Math.max(end, start),
      line: message.line ?? 1,
      column: message.column ?? 1,
      reason: message.reason
    }
  })
}

/** The unit a file offset falls in; between units, the next one marked `~`. */
export function unitAt(ranges: readonly UnitRange[], offset: number): string {
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found !== -1 && offset < ranges[found].end) return ranges[found].id
  const next = ranges[found + 1]
  return next ? `~${next.id}` : '~end'
}

export interface Count {
  tp: number
  fp: number
  misses: number
}

export interface Miss {
  rule: string
  shape: ShapeName
  half: Half
  pattern: string
  article: string
  text: string
  span?: string
}

export interface FalsePositive {
  rule: string
  shape: ShapeName
  half: Half
  article: string
  unit: string
  text: string
  reason: string
  /** The planted defect (of another rule) whose sentence the message is on, if any. */
  plantedFor?: string
}

export interface ShapeDifference {
  article: string
  shape: ShapeName
  rule: string
  unit: string
  text: string
  reference: number
  count: number
}

export interface EvalResult {
  seed: number
  articles: number
  sentences: number
  shapes: ShapeName[]
  /** counts[rule][shape][half] */
  counts: Map<string, Map<ShapeName, Record<Half, Count>>>
  /** Per pattern over all shapes: rule → pattern → {half, found, missed}. */
  patterns: Map<string, Map<string, {half: Half; tp: number; misses: number}>>
  /** Messages on the untouched articles: rule → shape → count. */
  baseline: Map<string, Map<ShapeName, number>>
  misses: Miss[]
  falsePositives: FalsePositive[]
  /** Untouched articles: findings that differ from the first shape's. */
  differences: ShapeDifference[]
  defects: number
}

export interface EvalOptions {
  articles: readonly Article[]
  shapes: readonly ShapeName[]
  generators: readonly Generator[]
  seed: number
  /** Plant defects (off for the shape-invariance check alone). */
  plant?: boolean
  onArticle?: (done: number, total: number) => void
}

/** What one article contributes; plain data, so worker threads can send it. */
export interface ArticleResult {
  sentences: number
  defects: number
  /** [rule, shape, half, tp, fp, misses] */
  counts: Array<[string, ShapeName, Half, number, number, number]>
  /** [rule, pattern, half, tp, misses] */
  patterns: Array<[string, string, Half, number, number]>
  /** [rule, shape, messages] */
  baseline: Array<[string, ShapeName, number]>
  misses: Miss[]
  falsePositives: FalsePositive[]
  differences: ShapeDifference[]
}

export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const results: ArticleResult[] = []
  for (const article of options.articles) {
    results.push(await evaluateArticle(article, options.shapes, options.generators, options.seed, options.plant !== false))
    options.onArticle?.(results.length, options.articles.length)
  }
  return merge(results, options.shapes, options.generators, options.seed)
}

/** Add up article results (in article order, so lists come out the same however the work was split). */
export function merge(
  results: readonly ArticleResult[],
  shapes: readonly ShapeName[],
  generators: readonly Generator[],
  seed: number
): EvalResult {
  const result: EvalResult = {
    seed,
    articles: results.length,
    sentences: 0,
    shapes: [...shapes],
    counts: new Map(),
    patterns: new Map(),
    baseline: new Map(),
    misses: [],
    falsePositives: [],
    differences: [],
    defects: 0
  }
  const count = (rule: string, shape: ShapeName, half: Half): Count => {
    let byShape = result.counts.get(rule)
    if (!byShape) result.counts.set(rule, (byShape = new Map()))
    let byHalf = byShape.get(shape)
    if (!byHalf) byShape.set(shape, (byHalf = {tuning: {tp: 0, fp: 0, misses: 0}, check: {tp: 0, fp: 0, misses: 0}}))
    return byHalf[half]
  }
  for (const generator of generators) for (const shape of shapes) count(generator.rule, shape, 'tuning')
  for (const article of results) {
    result.sentences += article.sentences
    result.defects += article.defects
    for (const [rule, shape, half, tp, fp, misses] of article.counts) {
      const tally = count(rule, shape, half)
      tally.tp += tp
      tally.fp += fp
      tally.misses += misses
    }
    for (const [rule, pattern, half, tp, misses] of article.patterns) {
      const byPattern = result.patterns.get(rule) ?? new Map()
      result.patterns.set(rule, byPattern)
      const tally = byPattern.get(pattern) ?? {half, tp: 0, misses: 0}
      byPattern.set(pattern, tally)
      tally.tp += tp
      tally.misses += misses
    }
    for (const [rule, shape, messages] of article.baseline) {
      const byShape = result.baseline.get(rule) ?? new Map<ShapeName, number>()
      result.baseline.set(rule, byShape)
      byShape.set(shape, (byShape.get(shape) ?? 0) + messages)
    }
    for (const miss of article.misses) result.misses.push(miss)
    for (const fp of article.falsePositives) result.falsePositives.push(fp)
    for (const difference of article.differences) result.differences.push(difference)
  }
  return result
}

export async function evaluateArticle(
  article: Article,
  shapes: readonly ShapeName[],
  generators: readonly Generator[],
  seed: number,
  plant = true
): Promise<ArticleResult> {
  const result: ArticleResult = {
    sentences: 0,
    defects: 0,
    counts: [],
    patterns: [],
    baseline: [],
    misses: [],
    falsePositives: [],
    differences: []
  }
  const rules = new Set(generators.map((generator) => generator.rule))
  result.sentences = article.blocks.reduce((sum, block) => sum + block.units.length, 0)
  const planted = plant ? halves.map((half) => plantArticle(article, half, seed, generators)) : []
  for (const document of planted) result.defects += document.defects.length
  const texts = new Map(article.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit.text] as const)))
  // The untouched article in its own shape (one paragraph a line) is what every shape is compared with:
  // a message that a shape adds to it is a parsing bug, and counts as a false positive in that shape.
  const keysOf = (findings: Finding[]) => {
    const keys = new Map<string, number>()
    for (const finding of findings) {
      const key = `${finding.rule}\u0000${finding.unit}`
      keys.set(key, (keys.get(key) ?? 0) + 1)
    }
    return keys
  }
  const reference = keysOf(await findingsOf(render(article, referenceShape)))
  // Planted documents need only the rules the bench scores (the others' messages are not counted).
  const scored: CopydeskConfig = {
    preset: 'recommended',
    rules: Object.fromEntries(ruleIds.filter((rule) => !rules.has(rule)).map((rule) => [rule, 'off']))
  }
  for (const shape of shapes) {
    const base = shape === referenceShape ? undefined : await findingsOf(render(article, shape))
    const baseKeys = base ? keysOf(base) : reference
    const perRule = new Map<string, number>()
    for (const [key, messages] of baseKeys) {
      const rule = key.split('\u0000')[0]
      perRule.set(rule, (perRule.get(rule) ?? 0) + messages)
    }
    for (const [rule, messages] of perRule) result.baseline.push([rule, shape, messages])
    if (shape !== referenceShape)
      for (const found of differences(article.name, shape, reference, baseKeys, texts)) result.differences.push(found)

    for (const document of planted) {
      const rendered = render(document.article, shape)
      const found = await findingsOf(rendered, scored)
      score(result, rules, document, rendered, found, new Map(reference), shape)
    }
  }
  return result
}

function differences(
  article: string,
  shape: ShapeName,
  reference: Map<string, number>,
  keys: Map<string, number>,
  texts: Map<string, string>
): ShapeDifference[] {
  const found: ShapeDifference[] = []
  for (const key of new Set([...reference.keys(), ...keys.keys()])) {
    const a = reference.get(key) ?? 0
    const b = keys.get(key) ?? 0
    if (a === b) continue
    const [rule, unit] = key.split('\u0000')
    found.push({article, shape, rule, unit, text: texts.get(unit.replace(/^~/, '')) ?? unit, reference: a, count: b})
  }
  return found.sort((x, y) => x.unit.localeCompare(y.unit) || x.rule.localeCompare(y.rule))
}

function score(
  result: ArticleResult,
  rules: ReadonlySet<string>,
  document: PlantedArticle,
  rendered: Rendered,
  found: Finding[],
  baseline: Map<string, number>,
  shape: ShapeName
): void {
  const ranges = new Map(rendered.ranges.map((range) => [range.id, range]))
  const overlaps = (finding: Finding, defect: Defect) =>
    defect.units.some((id) => {
      const range = ranges.get(id)
      return range !== undefined && finding.start < range.end && Math.max(finding.end, finding.start + 1) > range.start
    })
  const tallies = new Map<string, [number, number, number]>()
  const tally = (rule: string) => {
    let entry = tallies.get(rule)
    if (!entry) tallies.set(rule, (entry = [0, 0, 0]))
    return entry
  }
  const matched = new Set<Finding>()
  for (const defect of document.defects) {
    const hits = found.filter((finding) => finding.rule === defect.rule && overlaps(finding, defect))
    for (const hit of hits) matched.add(hit)
    const found_ = hits.length > 0
    tally(defect.rule)[found_ ? 0 : 2]++
    result.patterns.push([defect.rule, defect.pattern, defect.half, found_ ? 1 : 0, found_ ? 0 : 1])
    if (!found_)
      result.misses.push({
        rule: defect.rule,
        shape,
        half: defect.half,
        pattern: defect.pattern,
        article: document.article.name,
        text: defect.text,
        span: defect.span
      })
  }
  const texts = new Map(document.article.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit.text] as const)))
  for (const finding of found) {
    if (matched.has(finding)) continue
    const key = `${finding.rule}\u0000${finding.unit}`
    const left = baseline.get(key) ?? 0
    if (left > 0) {
      baseline.set(key, left - 1)
      continue
    }
    // Only rules the bench plants for have a precision.
    if (!rules.has(finding.rule)) continue
    tally(finding.rule)[1]++
    const plantedFor = document.defects.find((defect) => defect.units.includes(finding.unit.replace(/^~/, '')))
    result.falsePositives.push({
      rule: finding.rule,
      shape,
      half: document.half,
      article: document.article.name,
      unit: finding.unit,
      text: texts.get(finding.unit.replace(/^~/, '')) ?? finding.unit,
      reason: finding.reason,
      plantedFor: plantedFor ? `${plantedFor.rule}/${plantedFor.pattern}` : undefined
    })
  }
  for (const [rule, [tp, fp, misses]] of tallies) result.counts.push([rule, shape, document.half, tp, fp, misses])
}
