/** One person, two titles: a name given with one office, then another. */
import {type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {person} from '../parts.js'
import {pairPattern} from '../patterns.js'

const portfolios = [
  'Health',
  'Finance',
  'Education',
  'Transport',
  'Interior',
  'Justice',
  'Defence',
  'Trade',
  'Energy',
  'Agriculture',
  'Foreign'
]
const offices: ReadonlyArray<[string, string]> = [
  ['Mayor', 'Governor'],
  ['Senator', 'Representative'],
  ['Sen.', 'Rep.'],
  ['President', 'Prime Minister'],
  ['Chancellor', 'President'],
  ['Police Chief', 'Mayor'],
  ['Chief Executive', 'Chairman'],
  ['Ambassador', 'Minister'],
  ['Coach', 'Director']
]
const verbs = [
  'said on Monday that the plan would go ahead',
  'opened the new clinic',
  'met union leaders',
  'announced a review of the scheme',
  'visited the flooded towns',
  'defended the budget'
]
const laterVerbs = [
  'told reporters the review would take months',
  'declined to comment',
  'said the talks would continue',
  'was not available for comment',
  'answered questions from the committee'
]

function twoPortfolios(context: PlantContext): [string, string] {
  const first = context.rng.pick(portfolios)
  let second = context.rng.pick(portfolios)
  while (second === first) second = context.rng.pick(portfolios)
  return [first, second]
}

const generator: Generator = {
  rule: 'title-consistency',
  order: 11,
  patterns: [
    pairPattern('portfolio-minister', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [`${a} Minister ${who.full} ${c.rng.pick(verbs)}.`, `${b} Minister ${who.full} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('portfolio-surname', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [`${a} Minister ${who.full} ${c.rng.pick(verbs)}.`, `Later, ${b} Minister ${who.surname} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('office-pair', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = c.rng.pick(offices.slice(0, 5))
      return [`${a} ${who.full} ${c.rng.pick(verbs)}.`, `${b} ${who.full} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('country-modifier', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [`Kenyan ${a} Minister ${who.full} ${c.rng.pick(verbs)}.`, `${b} Minister ${who.full}, ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('secretary-pair', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [
        `${a} Secretary ${who.full} ${c.rng.pick(verbs)}.`,
        `"We are ready," ${b} Secretary ${who.full} ${c.rng.pick(['said', 'told reporters'])}.`
      ]
    }),
    pairPattern('mid-sentence', 'tuning', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [
        `The plan was drawn up by ${a} Minister ${who.full} last year.`,
        // A named source: a vague one (`Critics said`) would plant an unattributed claim too.
        `The auditor-general said ${b} Minister ${who.full} had ignored the warnings.`
      ]
    }),
    pairPattern('office-pair-late', 'check', (c) => {
      const who = person(c.rng)
      const [a, b] = c.rng.pick(offices.slice(5))
      return [`${a} ${who.full} ${c.rng.pick(verbs)}.`, `${b} ${who.full} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('deputy-portfolio', 'check', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [
        `Deputy ${a} Minister ${who.full} ${c.rng.pick(verbs)}.`,
        `On Friday, Deputy ${b} Minister ${who.full} ${c.rng.pick(laterVerbs)}.`
      ]
    }),
    pairPattern('abbreviation-reverse', 'check', (c) => {
      const who = person(c.rng)
      return [`Rep. ${who.full} ${c.rng.pick(verbs)}.`, `Sen. ${who.surname} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('possessive-object', 'check', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [
        `The letter was addressed to ${a} Minister ${who.full}.`,
        `A spokesperson for ${b} Minister ${who.full} said the letter had arrived.`
      ]
    }),
    pairPattern('commissioner-pair', 'check', (c) => {
      const who = person(c.rng)
      const [a, b] = twoPortfolios(c)
      return [`${a} Commissioner ${who.full} ${c.rng.pick(verbs)}.`, `${b} Commissioner ${who.full} ${c.rng.pick(laterVerbs)}.`]
    }),
    pairPattern('governor-mayor', 'check', (c) => {
      const who = person(c.rng)
      return [`Governor ${who.full} ${c.rng.pick(verbs)}.`, `Residents booed when Mayor ${who.full} arrived.`]
    })
  ]
}

export default generator
