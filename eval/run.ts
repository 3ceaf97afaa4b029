/**
 * The bench itself: plant defects into each article (a tuning and a check
 * document), render the untouched and planted articles in every shape, lint
 * them in process with the recommended preset, and count per rule, shape and
 * half: found defects, missed defects and false messages.
 */
import {VFile} from 'vfile'
import {lint, type CopydeskConfig} from '../src/index.js'
import type {Article} from './article.js'
import {halves, PlantContext, type Generator, type Half} from './generator.js'
import {mix, Rng} from './rng.js'
import {render, type Rendered, type ShapeName, type UnitRange} from './shapes.js'

export interface Defect {
  rule: string
  pattern: string
  half: Half
  article: string
  units: string[]
  text: string
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
      defects.push({rule: generator.rule, pattern: pattern.id, half, article: article.name, units: planted.units, text: planted.text})
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
    const place = message.place as {start?: {line?: number; column?: number; offset?: number}; end?: {offset?: number}; line?: number; column?: number; offset?: number} | undefined
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

export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const {articles, shapes, generators, seed} = options
  const result: EvalResult = {
    seed,
    articles: articles.length,
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

  let done = 0
  for (const article of articles) {
    result.sentences += article.blocks.reduce((sum, block) => sum + block.units.length, 0)
    const planted = options.plant === false ? [] : halves.map((half) => plantArticle(article, half, seed, generators))
    for (const document of planted) result.defects += document.defects.length
    const texts = new Map(article.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit.text] as const)))
    let reference: Map<string, number> | undefined

    for (const shape of shapes) {
      const base = await findingsOf(render(article, shape))
      const baseKeys = new Map<string, number>()
      for (const finding of base) {
        const key = `${finding.rule}\u0000${finding.unit}`
        baseKeys.set(key, (baseKeys.get(key) ?? 0) + 1)
        const byShape = result.baseline.get(finding.rule) ?? new Map<ShapeName, number>()
        byShape.set(shape, (byShape.get(shape) ?? 0) + 1)
        result.baseline.set(finding.rule, byShape)
      }
      if (!reference) reference = baseKeys
      else result.differences.push(...differences(article.name, shape, reference, baseKeys, texts))

      for (const document of planted) {
        const rendered = render(document.article, shape)
        const found = await findingsOf(rendered)
        score(result, document, rendered, found, new Map(baseKeys), shape, count)
      }
    }
    options.onArticle?.(++done, articles.length)
  }
  return result
}

function differences(article: string, shape: ShapeName, reference: Map<string, number>, keys: Map<string, number>, texts: Map<string, string>): ShapeDifference[] {
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
  result: EvalResult,
  document: PlantedArticle,
  rendered: Rendered,
  found: Finding[],
  baseline: Map<string, number>,
  shape: ShapeName,
  count: (rule: string, shape: ShapeName, half: Half) => Count
): void {
  const ranges = new Map(rendered.ranges.map((range) => [range.id, range]))
  const overlaps = (finding: Finding, defect: Defect) =>
    defect.units.some((id) => {
      const range = ranges.get(id)
      return range !== undefined && finding.start < range.end && Math.max(finding.end, finding.start + 1) > range.start
    })
  const matched = new Set<Finding>()
  for (const defect of document.defects) {
    const hits = found.filter((finding) => finding.rule === defect.rule && overlaps(finding, defect))
    for (const hit of hits) matched.add(hit)
    const tally = count(defect.rule, shape, defect.half)
    const perPattern = result.patterns.get(defect.rule) ?? new Map()
    result.patterns.set(defect.rule, perPattern)
    const pattern = perPattern.get(defect.pattern) ?? {half: defect.half, tp: 0, misses: 0}
    perPattern.set(defect.pattern, pattern)
    if (hits.length > 0) {
      tally.tp++
      pattern.tp++
    } else {
      tally.misses++
      pattern.misses++
      result.misses.push({rule: defect.rule, shape, half: defect.half, pattern: defect.pattern, article: document.article.name, text: defect.text})
    }
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
    // Only rules the bench plants for have a precision; others' new messages are listed, not counted.
    if (!result.counts.has(finding.rule)) continue
    count(finding.rule, shape, document.half).fp++
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
}
