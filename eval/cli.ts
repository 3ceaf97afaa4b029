/**
 * The evaluation bench.
 *
 *   npm run eval                                   # the table: every article, every shape, both halves
 *   npm run eval -- --articles 60 --seed 7         # a fixed sample, another seed
 *   npm run eval -- --show misses --rule name-consistency [--shape wrap-60] [--half check]
 *   npm run eval -- --show fp --rule unattributed-quote
 *   npm run eval -- --patterns                     # recall of every pattern
 *   npm run eval -- --show differences             # shape-invariance differences on the untouched articles
 *   npm run eval -- --json
 *
 * docs/accuracy.md explains what is counted.
 */
import {parseArgs} from 'node:util'
import {loadCorpus, sample, sharedFolder} from './article.js'
import type {Half} from './generator.js'
import {loadGenerators} from './registry.js'
import {baselineTable, differenceSummary, patternTable, ruleScore, table} from './report.js'
import {evaluate} from './run.js'
import {shapeNames, type ShapeName} from './shapes.js'

function fail(message: string): never {
  console.error(`eval: ${message}`)
  process.exit(1)
}

let values
try {
  ;({values} = parseArgs({
    options: {
      seed: {type: 'string', default: '1'},
      articles: {type: 'string'},
      shape: {type: 'string', multiple: true},
      rule: {type: 'string', multiple: true},
      half: {type: 'string'},
      show: {type: 'string'},
      limit: {type: 'string', default: '200'},
      patterns: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  }))
} catch (error) {
  fail((error as Error).message)
}
if (values.help) {
  console.log('usage: npm run eval -- [--seed N] [--articles N] [--shape S]... [--show misses|fp|differences] [--rule R]... [--half tuning|check] [--limit N] [--patterns] [--json]')
  console.log(`shapes: ${shapeNames.join(', ')}`)
  process.exit(0)
}
const seed = Number(values.seed)
if (!Number.isInteger(seed)) fail(`--seed must be an integer, not ${values.seed}`)
const shapes = (values.shape ?? [...shapeNames]) as ShapeName[]
for (const shape of shapes) if (!shapeNames.includes(shape)) fail(`unknown shape ${shape} (shapes: ${shapeNames.join(', ')})`)
if (values.show && !['misses', 'fp', 'differences'].includes(values.show)) fail('--show takes misses, fp or differences')
if (values.half && values.half !== 'tuning' && values.half !== 'check') fail('--half takes tuning or check')
const shared = sharedFolder()
if (!shared) fail('no ../shared/corpus/wikinews (set COPYDESK_SHARED to the shared folder)')

const generators = await loadGenerators()
for (const rule of values.rule ?? []) {
  if (!generators.some((generator) => generator.rule === rule) && values.show !== 'differences') fail(`no generator for rule ${rule}`)
}
const corpus = loadCorpus(shared)
const articles = values.articles ? sample(corpus, Number(values.articles)) : corpus
const started = Date.now()
const result = await evaluate({
  articles,
  shapes,
  generators,
  seed,
  onArticle: (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\reval: ${done}/${total} articles`)
  }
})
if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(40) + '\r')
const seconds = ((Date.now() - started) / 1000).toFixed(1)

const keep = <T extends {rule: string; shape?: ShapeName; half?: Half}>(items: T[]) =>
  items.filter(
    (item) =>
      (!values.rule || values.rule.includes(item.rule)) &&
      (!values.shape || !item.shape || values.shape.includes(item.shape)) &&
      (!values.half || !item.half || item.half === values.half)
  )
const limit = Number(values.limit)

if (values.json) {
  const rules = Object.fromEntries(
    [...result.counts.keys()].sort().map((rule) => [
      rule,
      {
        tuning: ruleScore(result, rule, result.shapes, ['tuning']),
        check: ruleScore(result, rule, result.shapes, ['check']),
        shapes: Object.fromEntries(result.shapes.map((shape) => [shape, {tuning: ruleScore(result, rule, [shape], ['tuning']), check: ruleScore(result, rule, [shape], ['check'])}]))
      }
    ])
  )
  const baseline = Object.fromEntries([...result.baseline].map(([rule, byShape]) => [rule, Object.fromEntries(byShape)]))
  console.log(JSON.stringify({seed, articles: result.articles, sentences: result.sentences, seconds: Number(seconds), rules, baseline, differences: result.differences.length}, null, 2))
} else if (values.show === 'misses') {
  const misses = keep(result.misses)
  for (const miss of misses.slice(0, limit)) console.log(`${miss.rule} ${miss.half}/${miss.pattern} ${miss.shape} ${miss.article}\n    ${miss.text}`)
  console.log(`\n${misses.length} misses${misses.length > limit ? ` (first ${limit} shown; --limit N)` : ''}`)
} else if (values.show === 'fp') {
  const fps = keep(result.falsePositives)
  for (const fp of fps.slice(0, limit)) {
    console.log(`${fp.rule} ${fp.half} ${fp.shape} ${fp.article} ${fp.unit}${fp.plantedFor ? ` (on the defect planted for ${fp.plantedFor})` : ''}\n    ${fp.text}\n    → ${fp.reason}`)
  }
  console.log(`\n${fps.length} false positives${fps.length > limit ? ` (first ${limit} shown; --limit N)` : ''}`)
} else if (values.show === 'differences') {
  const differences = keep(result.differences)
  for (const difference of differences.slice(0, limit)) {
    console.log(`${difference.shape} ${difference.article} ${difference.rule} ${difference.unit}: ${difference.reference} → ${difference.count}\n    ${difference.text}`)
  }
  console.log(`\n${differences.length} differences`)
} else {
  console.log(table(result))
  console.log('')
  console.log(baselineTable(result))
  console.log('')
  console.log(differenceSummary(result))
  if (values.patterns) {
    console.log('')
    console.log(patternTable(result))
  }
}
console.error(`eval: ${result.articles} articles × ${result.shapes.length} shapes in ${seconds} s`)
