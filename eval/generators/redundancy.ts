/**
 * Pleonasms from usage guides (Garner's Modern English Usage, the AP
 * Stylebook's redundancies, the Plain English Campaign's list), inflected and
 * set in different sentence frames. Each half has its own phrases, so the
 * check half also tells whether the rule knows more than its own list.
 */
import {capitalise, fill, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {organisations, timeAdverbials} from '../parts.js'
import {sentencePattern} from '../patterns.js'

interface Noun {
  singular: string
  plural: string
}
interface Verb {
  base: string
  past: string
  ing: string
}

const noun = (singular: string, plural = singular + 's'): Noun => ({singular, plural})
const verb = (base: string, past: string, ing: string): Verb => ({base, past, ing})

const nouns: Record<Half, Noun[]> = {
  tuning: [
    noun('added bonus', 'added bonuses'),
    noun('end result'),
    noun('past history', 'past histories'),
    noun('future plan'),
    noun('free gift'),
    noun('unexpected surprise'),
    noun('final outcome')
  ],
  check: [
    noun('advance warning'),
    noun('basic fundamental'),
    noun('true fact'),
    noun('general consensus', 'general consensuses'),
    noun('new innovation'),
    noun('armed gunman', 'armed gunmen'),
    noun('past experience'),
    noun('sum total')
  ]
}
const verbs: Record<Half, Verb[]> = {
  tuning: [
    verb('join together', 'joined together', 'joining together'),
    verb('revert back', 'reverted back', 'reverting back'),
    verb('merge together', 'merged together', 'merging together'),
    verb('collaborate together', 'collaborated together', 'collaborating together')
  ],
  check: [
    verb('return back', 'returned back', 'returning back'),
    verb('gather together', 'gathered together', 'gathering together'),
    verb('combine together', 'combined together', 'combining together'),
    verb('refer back', 'referred back', 'referring back')
  ]
}
const participles: Record<Half, string[]> = {
  tuning: ['completely destroyed', 'totally destroyed', 'completely demolished'],
  check: ['completely eliminated', 'totally eliminated', 'entirely eliminated', 'completely annihilated']
}

const indefinite = (phrase: string) => (/^[aeiou]/.test(phrase) ? 'an ' : 'a ') + phrase

/** Pleonasms in an interviewee's answers are theirs, like quoted speech: none is planted there. */
const speech = {outsideTranscripts: true}

function patternsFor(half: Half, prefix: string): Pattern[] {
  const groups = ['the two agencies', 'both clubs', 'the rival groups', 'the neighbouring councils', 'the three firms']
  return [
    sentencePattern(
      `${prefix}noun-object`,
      half,
      (c) =>
        fill(c.rng, '{org} {verb} the {np} {time}.', {
          org: () => capitalise(c.rng.pick(organisations)),
          verb: ['published', 'announced', 'confirmed', 'welcomed'],
          np: () => c.rng.pick(nouns[half]).singular,
          time: timeAdverbials
        }),
      speech
    ),
    sentencePattern(
      `${prefix}noun-subject`,
      half,
      (c) =>
        fill(c.rng, 'The {np} {predicate}.', {
          np: () => c.rng.pick(nouns[half]).singular,
          predicate: ['was not disclosed', 'surprised many in the town', 'will be reviewed in the autumn', 'has not changed']
        }),
      speech
    ),
    sentencePattern(
      `${prefix}noun-indefinite`,
      half,
      (c) =>
        fill(c.rng, 'For {group}, it was {np}.', {
          group: ['the residents', 'the players', 'the staff', 'local farmers'],
          np: () => indefinite(c.rng.pick(nouns[half]).singular)
        }),
      speech
    ),
    sentencePattern(
      `${prefix}noun-plural`,
      half,
      (c) =>
        fill(c.rng, '{np} {predicate} {time}.', {
          np: () => capitalise(c.rng.pick(nouns[half]).plural),
          predicate: ['were discussed', 'were set out', 'were listed in the annual review'],
          time: timeAdverbials
        }),
      speech
    ),
    sentencePattern(
      `${prefix}verb-past`,
      half,
      (c) =>
        fill(c.rng, '{group} {verb} {time}.', {
          group: () => capitalise(c.rng.pick(groups)),
          verb: () => c.rng.pick(verbs[half]).past,
          time: timeAdverbials
        }),
      speech
    ),
    sentencePattern(
      `${prefix}verb-future-or-progressive`,
      half,
      (c) =>
        c.rng.chance(0.5)
          ? fill(c.rng, '{group} will {verb} next year.', {
              group: () => capitalise(c.rng.pick(groups)),
              verb: () => c.rng.pick(verbs[half]).base
            })
          : fill(c.rng, '{group} are {verb} again.', {
              group: () => capitalise(c.rng.pick(groups)),
              verb: () => c.rng.pick(verbs[half]).ing
            }),
      speech
    ),
    sentencePattern(
      `${prefix}adverb-participle`,
      half,
      (c) =>
        fill(c.rng, 'The {thing} was {participle} {cause}.', {
          thing: ['old warehouse', 'footbridge', 'village school', 'harvest', 'archive'],
          participle: () => c.rng.pick(participles[half]),
          cause: ['in the fire', 'by the floods', 'during the storm', 'within hours']
        }),
      speech
    )
  ]
}

const generator: Generator = {
  rule: 'redundancy',
  order: 5,
  patterns: [...patternsFor('tuning', ''), ...patternsFor('check', 'check-')]
}

export default generator
