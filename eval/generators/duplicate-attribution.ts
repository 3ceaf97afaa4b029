/** One quotation or statement credited twice to the same source in one sentence. */
import {capitalise, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {claim, documents, organisations, person, quotation, sayingVerbs, titles} from '../parts.js'
import {sentencePattern} from '../patterns.js'

const pronoun = (context: PlantContext) => context.rng.pick(['she', 'he'])
const verb = (context: PlantContext) => context.rng.pick(sayingVerbs)

const generator: Generator = {
  rule: 'duplicate-attribution',
  order: 1,
  patterns: [
    sentencePattern('name-front-surname-end', 'tuning', (c) => {
      const who = person(c.rng)
      return `${who.full} said, "${quotation(c.rng, ',')}" ${who.surname} ${verb(c)}.`
    }),
    sentencePattern('said-name-then-pronoun', 'tuning', (c) => {
      const who = person(c.rng)
      const title = c.rng.pick(titles).title
      return `"${quotation(c.rng, ',')}" said ${title} ${who.full}, ${pronoun(c)} ${verb(c)}.`
    }),
    sentencePattern('according-org-then-org-said', 'tuning', (c) => {
      const org = c.rng.pick(organisations)
      return `According to ${org}, "${quotation(c.rng, ',').replace(/,$/, '')}," ${org} ${verb(c)}.`
    }),
    sentencePattern('document-said-statement', 'tuning', (c) => {
      const doc = c.rng.pick(documents)
      return `${capitalise(doc)} said ${claim(c.rng)}, ${doc} ${c.rng.pick(['said', 'added', 'noted', 'stated'])}.`
    }),
    sentencePattern('name-perfect-surname', 'tuning', (c) => {
      const who = person(c.rng)
      return `"${quotation(c.rng, ',')}" ${who.full} has said, ${who.surname} ${c.rng.pick(['said', 'says', 'added', 'insisted'])}.`
    }),
    sentencePattern('org-statement-then-it', 'tuning', (c) => {
      const org = c.rng.pick(organisations)
      return `"${quotation(c.rng, ',')}" ${org} said in a statement, it ${c.rng.pick(['said', 'added', 'stated'])}.`
    }),
    sentencePattern('document-read-twice', 'tuning', (c) => {
      const doc = c.rng.pick(documents)
      return `${capitalise(doc)} read, "${quotation(c.rng, ',')}" ${doc} read.`
    }),
    sentencePattern('title-name-then-role', 'check', (c) => {
      const who = person(c.rng)
      const title = c.rng.pick(titles)
      return `"${quotation(c.rng, ',')}" ${title.title} ${who.full} said, ${title.role} ${verb(c)}.`
    }),
    sentencePattern('according-name-then-surname', 'check', (c) => {
      const who = person(c.rng)
      return `According to ${who.full}, ${claim(c.rng)}, ${who.surname} ${verb(c)}.`
    }),
    sentencePattern('told-then-added', 'check', (c) => {
      const who = person(c.rng)
      return `${who.full} told ${c.rng.pick(['reporters', 'the BBC', 'a news conference', 'local radio'])}, "${quotation(c.rng, ',')}" ${who.surname} ${c.rng.pick(['added', 'said', 'stressed'])}.`
    }),
    sentencePattern('name-then-according', 'check', (c) => {
      const who = person(c.rng)
      return `"${quotation(c.rng, ',')}" ${who.surname} said, according to ${who.full}.`
    }),
    sentencePattern('according-document-then-said', 'check', (c) => {
      const doc = c.rng.pick(documents)
      return `According to ${doc}, ${claim(c.rng)}, ${doc} ${c.rng.pick(['said', 'stated', 'found', 'concluded'])}.`
    }),
    sentencePattern('colon-then-said', 'check', (c) => {
      const who = person(c.rng)
      return `${who.full} ${c.rng.pick(['said', 'wrote', 'told reporters'])}: "${quotation(c.rng, ',')}" ${who.surname} ${verb(c)}.`
    }),
    sentencePattern('org-said-then-org-added', 'check', (c) => {
      const org = c.rng.pick(organisations)
      return `${capitalise(org)} said on ${c.rng.pick(['Monday', 'Friday', 'Sunday'])}, "${quotation(c.rng, ',')}" ${org} ${c.rng.pick(['added', 'said', 'stated'])}.`
    })
  ]
}

export default generator
