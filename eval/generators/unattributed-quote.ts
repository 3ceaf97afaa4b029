/** Full-sentence quotations with no speaker anywhere: a paragraph of their own, no cue before, after or around. */
import type {Generator, Half, Pattern, PlantContext} from '../generator.js'
import {lowerFirst, quotation} from '../parts.js'

const straight = (text: string) => `"${text}"`
const curly = (text: string) => `\u201c${text}\u201d`
const neutral = [
  'The decision is expected next month.',
  'The vote was postponed until the spring.',
  'The hearing lasted less than an hour.',
  'The building has been closed since the fire.',
  'The final figures are due in June.'
]

function paragraph(id: string, half: Half, where: 'anywhere' | 'end', build: (context: PlantContext) => string[]): Pattern {
  return {
    id,
    half,
    plant(context) {
      const texts = build(context)
      const units = context.insertParagraph(texts, where)
      return units && {units: units.slice(0, 1), text: texts.join(' ')}
    }
  }
}

const generator: Generator = {
  rule: 'unattributed-quote',
  order: 7,
  patterns: [
    paragraph('straight-statement', 'tuning', 'anywhere', (c) => [straight(quotation(c.rng))]),
    paragraph('curly-statement', 'tuning', 'anywhere', (c) => [curly(quotation(c.rng))]),
    paragraph('straight-two-sentences', 'tuning', 'anywhere', (c) => [straight(`${quotation(c.rng)} ${quotation(c.rng)}`)]),
    paragraph('straight-question', 'tuning', 'anywhere', (c) => [straight(quotation(c.rng, '?'))]),
    paragraph('straight-then-neutral', 'tuning', 'anywhere', (c) => [straight(quotation(c.rng)), c.rng.pick(neutral)]),
    paragraph('straight-at-end', 'tuning', 'end', (c) => [straight(quotation(c.rng))]),
    paragraph('curly-exclamation', 'check', 'anywhere', (c) => [curly(quotation(c.rng, '!'))]),
    paragraph('curly-two-sentences', 'check', 'anywhere', (c) => [curly(`${quotation(c.rng)} ${quotation(c.rng)}`)]),
    paragraph('curly-question', 'check', 'anywhere', (c) => [curly(quotation(c.rng, '?'))]),
    paragraph('curly-then-neutral', 'check', 'anywhere', (c) => [curly(quotation(c.rng)), c.rng.pick(neutral)]),
    paragraph('curly-at-end', 'check', 'end', (c) => [curly(quotation(c.rng))]),
    paragraph('straight-comma-joined', 'check', 'anywhere', (c) => [
      straight(`${quotation(c.rng, ',')} and ${lowerFirst(quotation(c.rng))}`)
    ]),
    paragraph('straight-dash', 'check', 'anywhere', (c) => [
      straight(`${quotation(c.rng, ',').slice(0, -1)} \u2014 ${lowerFirst(quotation(c.rng))}`)
    ])
  ]
}

export default generator
