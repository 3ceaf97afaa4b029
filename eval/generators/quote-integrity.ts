/** One quotation given twice: in two wordings, or word for word with two speakers. */
import {type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {person, titles} from '../parts.js'
import {pairPattern} from '../patterns.js'

/** Long quotations, each with a variant that changes a few words. */
const quotes: ReadonlyArray<[string, string[]]> = [
  [
    'We will keep the hospital open for as long as I am in this office',
    [
      'We are going to keep the hospital open for as long as I am in this office',
      'We will keep the hospital open for as long as I am in office'
    ]
  ],
  [
    'Nobody in this town was asked about the closure before it was announced',
    [
      'Nobody in this town was consulted about the closure before it was announced',
      'No one in the town was asked about the closure before it was announced'
    ]
  ],
  [
    'The bridge will reopen before the winter, whatever it costs us',
    [
      'The bridge will reopen before winter, whatever it ends up costing us',
      'The bridge is going to reopen before the winter, whatever it costs'
    ]
  ],
  [
    'Our members have waited three years for a fair offer and they are done waiting',
    [
      'Our members have waited three long years for a fair offer and they are finished waiting',
      'Our members waited three years for a fair offer and they are done with waiting'
    ]
  ],
  [
    'This was the worst flood the valley has seen in living memory',
    ['This was the worst flooding the valley has seen in living memory', 'It was the worst flood this valley has seen in living memory']
  ],
  [
    'I have never seen a budget cut this deep in twenty years of teaching',
    ['I have never seen a budget cut so deep in twenty years of teaching', 'I have not seen a cut this deep in twenty years of teaching']
  ],
  [
    'The evidence shows that the warnings were ignored at every level of the company',
    [
      'The evidence shows the warnings were ignored at every single level of the company',
      'The evidence shows that warnings were ignored at all levels of the company'
    ]
  ],
  [
    'We are not going to sign a deal that puts our farmers out of business',
    [
      'We will not sign a deal that puts our farmers out of business',
      'We are not going to sign any deal that would put our farmers out of business'
    ]
  ]
]
const verbs = ['said', 'told reporters', 'said on Tuesday', 'told the meeting', 'added']

function speaker(context: PlantContext): {full: string; surname: string; intro: string} {
  const who = person(context.rng)
  const title = context.rng.pick(titles).title
  return {full: who.full, surname: who.surname, intro: `${title} ${who.full}`}
}

/** Quotations of the tuning half and of the check half are different sentences. */
const tuningQuotes = quotes.slice(0, 4)
const checkQuotes = quotes.slice(4)

function wording(context: PlantContext, half: Half): [string, string] {
  const [quote, variants] = context.rng.pick(half === 'tuning' ? tuningQuotes : checkQuotes)
  return [quote, context.rng.pick(variants)]
}

const generator: Generator = {
  rule: 'quote-integrity',
  order: 13,
  patterns: [
    pairPattern('variant-said-after', 'tuning', (c) => {
      const [a, b] = wording(c, 'tuning')
      const who = speaker(c)
      return [`"${a}," ${who.intro} ${c.rng.pick(verbs)}.`, `"${b}," ${who.surname} ${c.rng.pick(verbs)}.`]
    }),
    pairPattern('variant-colon', 'tuning', (c) => {
      const [a, b] = wording(c, 'tuning')
      const who = speaker(c)
      return [`${who.intro} said: "${a}."`, `${who.surname} repeated the point on Friday: "${b}."`]
    }),
    pairPattern('variant-said-before', 'tuning', (c) => {
      const [a, b] = wording(c, 'tuning')
      const who = speaker(c)
      return [`${who.intro} said, "${a}."`, `"${b}," ${c.rng.pick(['she', 'he'])} said.`]
    }),
    pairPattern('two-speakers-after', 'tuning', (c) => {
      const [a] = wording(c, 'tuning')
      const one = speaker(c)
      const two = speaker(c)
      return [`"${a}," said ${one.intro}.`, `"${a}," said ${two.intro}.`]
    }),
    pairPattern('two-speakers-front', 'tuning', (c) => {
      const [a] = wording(c, 'tuning')
      const one = speaker(c)
      const two = speaker(c)
      return [`${one.intro} said: "${a}."`, `${two.intro} said: "${a}."`]
    }),
    pairPattern('variant-according', 'tuning', (c) => {
      const [a, b] = wording(c, 'tuning')
      const who = speaker(c)
      return [`"${a}," ${who.intro} ${c.rng.pick(verbs)}.`, `According to ${who.surname}, "${b}."`]
    }),
    pairPattern('variant-said-after-check', 'check', (c) => {
      const [a, b] = wording(c, 'check')
      const who = speaker(c)
      return [`"${a}," ${who.intro} ${c.rng.pick(verbs)}.`, `"${b}," ${who.surname} ${c.rng.pick(verbs)}.`]
    }),
    pairPattern('variant-told', 'check', (c) => {
      const [a, b] = wording(c, 'check')
      const who = speaker(c)
      return [`${who.intro} told the inquiry: "${a}."`, `"${b}," ${who.surname} told the inquiry.`]
    }),
    pairPattern('variant-mid-paragraph', 'check', (c) => {
      const [a, b] = wording(c, 'check')
      const who = speaker(c)
      return [`The inquiry heard from ${who.intro} on Monday. "${a}," ${who.surname} said.`, `Asked again, ${who.surname} said: "${b}."`]
    }),
    pairPattern('two-speakers-check', 'check', (c) => {
      const [a] = wording(c, 'check')
      const one = speaker(c)
      const two = speaker(c)
      return [`"${a}," ${one.intro} said.`, `"${a}," ${two.intro} said.`]
    }),
    pairPattern('variant-wrote', 'check', (c) => {
      const [a, b] = wording(c, 'check')
      const who = speaker(c)
      return [`In a letter, ${who.intro} wrote: "${a}."`, `"${b}," ${who.surname} wrote.`]
    }),
    pairPattern('variant-added', 'check', (c) => {
      const [a, b] = wording(c, 'check')
      const who = speaker(c)
      return [`"${a}," ${who.intro} added.`, `${who.surname} later said that "${b}."`]
    })
  ]
}

export default generator
