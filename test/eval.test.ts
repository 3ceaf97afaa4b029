/**
 * The evaluation bench: its parts (splitter, shapes, planting) on drafts
 * written here, and the CI run: a fixed sample of corpus articles in every
 * shape, both halves, with per-rule floors (eval/floors.json) that fail the
 * build. The CI run is skipped when ../shared is absent.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus, outsideQuotes, parseArticle, quoteState, sample, sharedFolder, splitSentences, type Article} from '../eval/article.js'
import {ciArticles, ciSeed, floorsFile, readJson} from '../eval/ci.js'
import {belowFloors, measure, type Floors} from '../eval/floors.js'
import {halves} from '../eval/generator.js'
import {loadGenerators} from '../eval/registry.js'
import {evaluate, findingsOf, plantArticle, unitAt, type EvalResult} from '../eval/run.js'
import {render, shapeNames} from '../eval/shapes.js'
import {root} from './helpers/fixtures.js'

const draft = [
  'Harbour bridge closes after crack found',
  '',
  'Monday, March 2, 2026',
  '',
  'The harbour bridge in Port Elsa was closed on Sunday after engineers found a crack. Mayor Tomas Reyes said the closure would last "at least a week, maybe two." Traffic was diverted through the old town.',
  '',
  'Dr. Ana Kovac, who leads the inspection team at the U.S. firm Halden & Co., said the crack was 40 cm long. "We have never seen one this size. It needs a full survey," she said. Reyes thanked the team.',
  '',
  'The council will meet at 5 p.m. on Tuesday. Reyes said repairs could cost €2 million.',
  ''
].join('\n')

describe('evaluation bench: sentence splitter', () => {
  it('splits at sentence ends, not after abbreviations, initials or dotted forms before a lower-case or name word', () => {
    expect(splitSentences('Dr. Ana Kovac met J. R. Smith at the U.S. embassy. It rained. "Go home." She left.')).toEqual([
      'Dr. Ana Kovac met J. R. Smith at the U.S. embassy.',
      'It rained.',
      '"Go home."',
      'She left.'
    ])
    expect(splitSentences('They met at 5 p.m. on Friday. The talks ended at 9 p.m. The next day was calm.')).toEqual([
      'They met at 5 p.m. on Friday.',
      'The talks ended at 9 p.m.',
      'The next day was calm.'
    ])
  })
})

describe('evaluation bench: shapes', () => {
  const article = parseArticle('bridge.txt', draft)

  it('reads headline, dateline and paragraphs of sentences', () => {
    expect(article.blocks.map((block) => [block.kind, block.units.length])).toEqual([
      ['headline', 1],
      ['dateline', 1],
      ['prose', 3],
      ['prose', 4],
      ['prose', 2]
    ])
  })

  it('renders every shape with each sentence where its range says', () => {
    const texts = new Map(article.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit.text])))
    for (const shape of shapeNames) {
      const rendered = render(article, shape)
      expect(rendered.ranges.map((range) => range.id)).toEqual([...texts.keys()])
      for (const range of rendered.ranges) {
        const slice = rendered.text.slice(range.start, range.end)
        const plain = slice
          .replace(/<[^>]+>/g, '')
          .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
          .replace(/\\(.)/g, '$1')
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&euro;|&#8364;/g, '€')
          .replace(/\*/g, '')
          .replace(/\s+/g, ' ')
        expect(plain, `${shape} ${range.id}`).toBe(texts.get(range.id))
      }
    }
  })

  it('hard-wraps at the width, one sentence a line, and no blank lines where asked', () => {
    const wrapped = render(article, 'wrap-60').text.split('\n')
    expect(Math.max(...wrapped.map((line) => line.length))).toBeLessThanOrEqual(60)
    expect(render(article, 'sentence-lines').text.split('\n')).toContain('Traffic was diverted through the old town.')
    expect(render(article, 'no-blank-lines').text).not.toContain('\n\n')
    expect(render(article, 'markdown').text).toMatch(/^# Harbour bridge/)
    expect(render(article, 'html').text).toContain('Halden &amp; Co.')
  })

  it('traces an offset to its sentence, or to the next one between sentences', () => {
    const rendered = render(article, 'paragraph-lines')
    const second = rendered.ranges[3]
    expect(unitAt(rendered.ranges, second.start)).toBe(second.id)
    expect(unitAt(rendered.ranges, second.start - 1)).toBe(`~${second.id}`)
  })

  it('maps a message in every shape to the same sentence', async () => {
    const planted = structuredClone(article)
    planted.blocks[3].units[3].text = 'Reyes thanked the the team.'
    for (const shape of shapeNames) {
      const found = (await findingsOf(render(planted, shape))).filter((finding) => finding.rule === 'repeated-words')
      expect(
        found.map((finding) => finding.unit),
        shape
      ).toEqual(['b3s3'])
    }
  })
})

describe('evaluation bench: generators', () => {
  it('have a dozen patterns or more each, in both halves, with unique ids', async () => {
    const generators = await loadGenerators()
    expect(generators.map((generator) => generator.rule).sort()).toEqual(
      expect.arrayContaining([
        'boilerplate',
        'duplicate-attribution',
        'entity-conflation',
        'name-consistency',
        'redundancy',
        'repeated-words',
        'unattributed-claim',
        'unattributed-quote'
      ])
    )
    for (const generator of generators) {
      expect(generator.patterns.length, generator.rule).toBeGreaterThanOrEqual(12)
      for (const half of halves)
        expect(generator.patterns.filter((pattern) => pattern.half === half).length, `${generator.rule} ${half}`).toBeGreaterThanOrEqual(5)
    }
  })

  it('plant the same defects for the same seed, and others for another', async () => {
    const generators = await loadGenerators()
    const article = parseArticle('bridge.txt', draft)
    const one = plantArticle(article, 'tuning', 1, generators)
    expect(plantArticle(article, 'tuning', 1, generators)).toEqual(one)
    expect(plantArticle(article, 'tuning', 2, generators)).not.toEqual(one)
    // The original is left untouched.
    expect(article).toEqual(parseArticle('bridge.txt', draft))
  })
})

const shared = sharedFolder(root)

describe.skipIf(!shared)('evaluation bench: planting on the corpus', () => {
  it('never plants inside a quotation or between a quotation and its continuation', async () => {
    const generators = await loadGenerators()
    const articles = sample(loadCorpus(shared!), ciArticles)
    for (const article of articles) {
      const original = new Map(article.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit.text])))
      for (const half of halves) {
        const planted = plantArticle(article, half, ciSeed, generators)
        expect(planted.defects.length).toBeGreaterThanOrEqual(6)
        planted.article.blocks.forEach((block, index) => {
          const {openAt} = quoteState(block)
          block.units.forEach((unit, position) => {
            if (unit.id.startsWith('x')) expect(openAt[position], `${article.name} ${unit.text}`).toBe(false)
            const before = original.get(unit.id)
            if (before !== undefined && before !== unit.text) {
              // A rewritten sentence changes only characters outside quotation marks (also those of a quotation open since an earlier sentence).
              let at = 0
              while (before[at] === unit.text[at]) at++
              const outside = outsideQuotes(before, openAt[position])
              expect(at === 0 ? !openAt[position] : outside[at - 1], `${article.name} ${unit.text}`).toBe(true)
            }
          })
          // A new paragraph never follows one that leaves a quotation open.
          if (block.id.startsWith('x') && index > 0) expect(quoteState(planted.article.blocks[index - 1]).openAtEnd).toBe(false)
        })
      }
    }
  })
})

describe.skipIf(!shared)('evaluation bench: CI run (fixed sample, every shape, both halves)', () => {
  let result: EvalResult
  let articles: Article[]
  beforeAll(async () => {
    articles = sample(loadCorpus(shared!), ciArticles)
    result = await evaluate({articles, shapes: shapeNames, generators: await loadGenerators(), seed: ciSeed})
  }, 300_000)

  it('plants defects of every rule in every shape', () => {
    for (const [rule, byShape] of result.counts) {
      for (const shape of shapeNames) {
        const counts = byShape.get(shape)!
        expect(counts.tuning.tp + counts.tuning.misses, `${rule} ${shape} tuning`).toBeGreaterThan(0)
        expect(counts.check.tp + counts.check.misses, `${rule} ${shape} check`).toBeGreaterThan(0)
      }
    }
  })

  it('keeps every rule at or above its floors', () => {
    const floors = readJson<{rules: Floors}>(floorsFile).rules
    expect(belowFloors(measure(result), floors)).toEqual([])
    expect(Object.keys(floors).sort()).toEqual([...result.counts.keys()].sort())
  })
})
