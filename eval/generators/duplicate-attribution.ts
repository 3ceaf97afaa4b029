/** One quotation or statement credited twice to the same source in one sentence. */
import {capitalise, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {claim, documents, organisations, person, quotation, sayingVerbs, titles} from '../parts.js'

function sentence(id: string, half: Half, build: (context: PlantContext) => string): Pattern {
  return {
    id,
    half,
    plant(context) {
      const text = build(context)
      const units = context.insertSentences([text])
      return units && {units, text}
    }
  }
}

const pronoun = (context: PlantContext) => context.rng.pick(['she', 'he'])
const verb = (context: PlantContext) => context.rng.pick(sayingVerbs)

const generator: Generator = {
  rule: 'duplicate-attribution',
  order: 1,
  patterns: [
    sentence('name-front-surname-end', 'tuning', (c) => {
      const who = person(c.rng)
      return `${who.full} said, "${quotation(c.rng, ',')}" ${who.surname} ${verb(c)}.`
    }),
    sentence('said-name-then-pronoun', 'tuning', (c) => {
      const who = person(c.rng)
      const title = c.rng.pick(titles).title
      return `"${quotation(c.rng, ',')}" said ${title} ${who.full}, ${pronoun(c)} ${verb(c)}.`
    }),
    sentence('according-org-then-org-said', 'tuning', (c) => {
      const org = c.rng.pick(organisations)
      return `According to ${org}, "${quotation(c.rng, ',').replace(/,$/, '')}," ${org} ${verb(c)}.`
    }),
    sentence('document-said-statement', 'tuning', (c) => {
      const doc = c.rng.pick(documents)
      return `${capitalise(doc)} said ${claim(c.rng)}, ${doc} ${c.rng.pick(['said', 'added', 'noted', 'stated'])}.`
    }),
    sentence('name-perfect-surname', 'tuning', (c) => {
      const who = person(c.rng)
      return `"${quotation(c.rng, ',')}" ${who.full} has said, ${who.surname} ${c.rng.pick(['said', 'says', 'added', 'insisted'])}.`
    }),
    sentence('org-statement-then-it', 'tuning', (c) => {
      const org = c.rng.pick(organisations)
      return `"${quotation(c.rng, ',')}" ${org} said in a statement, it ${c.rng.pick(['said', 'added', 'stated'])}.`
    }),
    sentence('document-read-twice', 'tuning', (c) => {
      const doc = c.rng.pick(documents)
      return `${capitalise(doc)} read, "${quotation(c.rng, ',')}" ${doc} read.`
    }),
    sentence('title-name-then-role', 'check', (c) => {
      const who = person(c.rng)
      const title = c.rng.pick(titles)
      return `"${quotation(c.rng, ',')}" ${title.title} ${who.full} said, ${title.role} ${verb(c)}.`
    }),
    sentence('according-name-then-surname', 'check', (c) => {
      const who = person(c.rng)
      return `According to ${who.full}, ${claim(c.rng)}, ${who.surname} ${verb(c)}.`
    }),
    sentence('told-then-added', 'check', (c) => {
      const who = person(c.rng)
      return `${who.full} told ${c.rng.pick(['reporters', 'the BBC', 'a news conference', 'local radio'])}, "${quotation(c.rng, ',')}" ${who.surname} ${c.rng.pick(['added', 'said', 'stressed'])}.`
    }),
    sentence('name-then-according', 'check', (c) => {
      const who = person(c.rng)
      return `"${quotation(c.rng, ',')}" ${who.surname} said, according to ${who.full}.`
    }),
    sentence('according-document-then-said', 'check', (c) => {
      const doc = c.rng.pick(documents)
      return `According to ${doc}, ${claim(c.rng)}, ${doc} ${c.rng.pick(['said', 'stated', 'found', 'concluded'])}.`
    }),
    sentence('colon-then-said', 'check', (c) => {
      const who = person(c.rng)
      return `${who.full} ${c.rng.pick(['said', 'wrote', 'told reporters'])}: "${quotation(c.rng, ',')}" ${who.surname} ${verb(c)}.`
    }),
    sentence('org-said-then-org-added', 'check', (c) => {
      const org = c.rng.pick(organisations)
      return `${capitalise(org)} said on ${c.rng.pick(['Monday', 'Friday', 'Sunday'])}, "${quotation(c.rng, ',')}" ${org} ${c.rng.pick(['added', 'said', 'stated'])}.`
    })
  ]
}

export default generator
