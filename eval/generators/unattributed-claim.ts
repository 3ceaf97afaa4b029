/** Claims nobody is named as making: impersonal passives, vague crowds, hedge adverbs, raising passives. */
import {capitalise, fill, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {claim, raisingClaim} from '../parts.js'
import {transcriptBlocks} from '../patterns.js'

const adverbs = ['widely', 'generally', 'commonly', 'now', 'increasingly', '']
const adjectives = ['', 'independent', 'leading', 'local', 'veteran', 'outside']
const tuningCrowds = ['experts', 'critics', 'analysts', 'observers']
const checkCrowds = ['economists', 'commentators', 'insiders', 'sources', 'residents', 'officials', 'people familiar with the plans']

function sentence(id: string, half: Half, build: (context: PlantContext) => string): Pattern {
  return {
    id,
    half,
    plant(context) {
      const text = build(context).replace(/ {2,}/g, ' ')
      const transcript = transcriptBlocks(context)
      const units = context.insertSentences([text], 'anywhere', (block) => !transcript.has(block))
      return units && {units, text}
    }
  }
}

const adverb = (context: PlantContext) => {
  const word = context.rng.pick(adverbs)
  return word ? word + ' ' : ''
}

const generator: Generator = {
  rule: 'unattributed-claim',
  order: 8,
  patterns: [
    sentence(
      'impersonal-present',
      'tuning',
      (c) => `It is ${adverb(c)}${c.rng.pick(['believed', 'thought', 'understood', 'feared', 'expected'])} that ${claim(c.rng)}.`
    ),
    sentence(
      'impersonal-perfect',
      'tuning',
      (c) => `It has been ${adverb(c)}${c.rng.pick(['claimed', 'alleged', 'reported', 'suggested'])} that ${claim(c.rng)}.`
    ),
    sentence('crowd-present-front', 'tuning', (c) =>
      fill(c.rng, '{q} {adj} {crowd} {verb} that {claim}.', {
        q: ['Some', 'Many', 'Several', 'Most'],
        adj: adjectives,
        crowd: tuningCrowds,
        verb: ['say', 'believe', 'argue', 'warn', 'fear', 'now say'],
        claim: () => claim(c.rng)
      })
    ),
    sentence('crowd-trailing', 'tuning', (c) =>
      fill(c.rng, '{claim}, {crowd} say.', {
        claim: () => capitalise(claim(c.rng)),
        crowd: ['critics', 'some analysts', 'many observers', 'experts']
      })
    ),
    sentence('hedge-adverb-mid', 'tuning', (c) =>
      fill(c.rng, '{subject} {hedge} {verb} {object}.', {
        subject: ['The minister', 'The company', 'The club', 'The agency', 'The mayor'],
        hedge: ['reportedly', 'allegedly'],
        verb: ['ignored', 'blocked', 'approved', 'rejected'],
        object: ['the warnings', 'the proposal', 'an earlier offer', 'the safety report']
      })
    ),
    sentence('bare-quantifier', 'tuning', (c) =>
      fill(c.rng, '{q} {verb} that {claim}.', {
        q: ['Many', 'Some', 'Others'],
        verb: ['believe', 'say', 'argue', 'suspect'],
        claim: () => claim(c.rng)
      })
    ),
    sentence('raising-present', 'tuning', (c) => {
      const {subject, rest} = raisingClaim(c.rng)
      return `${capitalise(subject)} is ${adverb(c)}${c.rng.pick(['said', 'reported', 'believed'])} to ${rest}.`
    }),
    sentence(
      'impersonal-past',
      'check',
      (c) => `It was ${adverb(c)}${c.rng.pick(['rumoured', 'alleged', 'claimed', 'said'])} that ${claim(c.rng)}.`
    ),
    sentence(
      'impersonal-pluperfect',
      'check',
      (c) => `It had ${adverb(c)}been ${c.rng.pick(['feared', 'expected', 'understood', 'thought'])} that ${claim(c.rng)}.`
    ),
    sentence('crowd-perfect-front', 'check', (c) =>
      fill(c.rng, '{q} {adj} {crowd} {aux} {verb} that {claim}.', {
        q: ['Some', 'Many', 'Several', 'A number of'],
        adj: adjectives,
        crowd: checkCrowds,
        aux: ['have', 'had'],
        verb: ['claimed', 'suggested', 'warned', 'insisted', 'contended', 'maintained'],
        claim: () => claim(c.rng)
      })
    ),
    sentence('crowd-trailing-past', 'check', (c) =>
      fill(c.rng, '{claim}, {q} {crowd} {verb}.', {
        claim: () => capitalise(claim(c.rng)),
        q: ['some', 'many', 'several'],
        crowd: checkCrowds,
        verb: ['claimed', 'warned', 'suggested', 'estimated']
      })
    ),
    sentence(
      'hedge-adverb-front',
      'check',
      (c) => `${c.rng.pick(['Supposedly', 'Purportedly', 'Reputedly', 'Reportedly'])}, ${claim(c.rng)}.`
    ),
    sentence('raising-past', 'check', (c) => {
      const {subject, rest} = raisingClaim(c.rng)
      return `${capitalise(subject)} was ${adverb(c)}${c.rng.pick(['thought', 'rumoured', 'alleged', 'understood'])} to ${rest}.`
    }),
    sentence('crowd-no-that', 'check', (c) =>
      fill(c.rng, '{q} {crowd} {adv}{verb} {claim}.', {
        q: ['Some', 'Many', 'Other'],
        crowd: checkCrowds,
        adv: ['', 'privately ', 'openly ', 'still '],
        verb: ['expect', 'contend', 'maintain', 'insist'],
        claim: () => claim(c.rng)
      })
    )
  ]
}

export default generator
