/**
 * One state on both sides of a two-party relation: a country against its own
 * capital or seat of government, drawn from the whole data set
 * (countries-list, data/capitals.json, data/seats-of-government.json).
 */
import {countries} from 'countries-list'
import capitals from '../../data/capitals.json' with {type: 'json'}
import aliases from '../../data/country-aliases.json' with {type: 'json'}
import seats from '../../data/seats-of-government.json' with {type: 'json'}
import {capitalise, fill, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {timeAdverbials} from '../parts.js'

interface State {
  country: string
  /** The country as a sentence opener or after a preposition (`the Philippines`). */
  name: string
  capital: string
  seats: string[]
}

const needsArticle =
  /Republic|United|Islands|Kingdom|States|Emirates|^(Philippines|Netherlands|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/

const kinds = new Map((aliases.entries as Array<{id: string; kind?: string}>).map((entry) => [entry.id, entry.kind]))
const seatsOf = new Map<string, string[]>()
for (const seat of seats.entries as Array<{name: string; id: string; kind: string; ambiguous?: boolean}>) {
  if (seat.kind !== 'seat' || seat.ambiguous) continue
  seatsOf.set(seat.id, [...(seatsOf.get(seat.id) ?? []), seat.name])
}
const states: State[] = []
for (const entry of capitals.entries as Array<{id: string; capital: string | null; ambiguous?: boolean; sameAsCountry?: boolean}>) {
  const country = (countries as Record<string, {name: string}>)[entry.id]?.name
  if (!country || !entry.capital || entry.ambiguous || entry.sameAsCountry || kinds.get(entry.id) !== 'country') continue
  if (entry.capital === country || country.includes(',') || country.includes('(')) continue
  states.push({
    country,
    name: needsArticle.test(country) ? `the ${country}` : country,
    capital: entry.capital,
    seats: seatsOf.get(entry.id) ?? []
  })
}
const withSeats = states.filter((state) => state.seats.length > 0)

/** `the Kremlin`, `Downing Street`: seats that read with an article take one. */
function seatPhrase(seat: string): string {
  return /^(Kremlin|White House|Élysée|Elysee|Quirinale|Bundeskanzleramt|Blue House)$/.test(seat) || /Palace|House|Office$/.test(seat)
    ? `the ${seat}`
    : seat
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`)

function sentence(id: string, half: Half, build: (context: PlantContext, state: State) => string, pool: State[] = states): Pattern {
  return {
    id,
    half,
    plant(context) {
      if (pool.length === 0) return undefined
      const text = capitalise(build(context, context.rng.pick(pool)))
      const units = context.insertSentences([text])
      return units && {units, text}
    }
  }
}

const relationNouns = ['relations', 'ties', 'talks', 'tensions']
const disputeNouns = ['dispute', 'rivalry', 'row', 'feud', 'standoff']
const modifiers = ['', 'long-running ', 'decade-old ', 'bitter ', 'simmering ', 'border ', 'trade ']
const agreements = ['trade agreement', 'security pact', 'treaty', 'fishing deal', 'memorandum of understanding']

const generator: Generator = {
  rule: 'entity-conflation',
  order: 3,
  patterns: [
    sentence('between-capital-and-country', 'tuning', (c, s) =>
      fill(c.rng, '{noun} between {capital} and {country} have {verb} {time}.', {
        noun: () => capitalise(c.rng.pick(relationNouns)),
        capital: [s.capital],
        country: [s.name],
        verb: ['cooled', 'worsened', 'improved', 'stalled'],
        time: timeAdverbials
      })
    ),
    sentence('country-possessive-dispute-with-capital', 'tuning', (c, s) =>
      fill(c.rng, '{country} {mod}{noun} with {capital} {verb} {time}.', {
        country: [possessive(s.name)],
        mod: modifiers,
        noun: disputeNouns,
        capital: [s.capital],
        verb: ['deepened', 'resurfaced', 'escalated', 'flared again'],
        time: timeAdverbials
      })
    ),
    sentence('capital-and-country-signed', 'tuning', (c, s) =>
      fill(c.rng, '{capital} and {country} signed a {deal} {time}.', {
        capital: [s.capital],
        country: [s.name],
        deal: agreements,
        time: timeAdverbials
      })
    ),
    sentence('capital-summoned-country-ambassador', 'tuning', (c, s) =>
      fill(c.rng, '{capital} summoned {country} ambassador over the {what}.', {
        capital: [s.capital],
        country: [possessive(s.name)],
        what: ['remarks', 'incident', 'border shooting', 'spying allegations']
      })
    ),
    sentence('country-accusation-denied-by-capital', 'tuning', (c, s) =>
      fill(c.rng, '{country} {noun} that the {thing} was {state}, which {capital} {verb}, {end}.', {
        country: [possessive(s.name)],
        noun: ['accusation', 'claim', 'allegation'],
        thing: ['election', 'vote', 'census'],
        state: ['rigged', 'flawed'],
        capital: [s.capital],
        verb: ['denied', 'rejected', 'dismissed'],
        end: ['strained the talks', 'dominated the summit', 'delayed the vote']
      })
    ),
    sentence(
      'seat-talks-with-country',
      'tuning',
      (c, s) =>
        fill(c.rng, 'Talks between {seat} and {country} {verb} {time}.', {
          seat: () => seatPhrase(c.rng.pick(s.seats)),
          country: [s.name],
          verb: ['broke down', 'resumed', 'stalled'],
          time: timeAdverbials
        }),
      withSeats
    ),
    sentence('country-accused-capital', 'tuning', (c, s) =>
      fill(c.rng, '{country} accused {capital} of {what}.', {
        country: [s.name],
        capital: [s.capital],
        what: ['interfering in the vote', 'breaking the ceasefire', 'stalling the talks', 'harbouring fugitives']
      })
    ),
    sentence('compound-capital-country-ties', 'check', (c, s) =>
      fill(c.rng, '{capital}-{country} {noun} were described as {adj}.', {
        capital: [s.capital],
        country: [s.country],
        noun: ['ties', 'relations', 'trade'],
        adj: ['frosty', 'strained', 'warm', 'fragile']
      })
    ),
    sentence('summit-between-country-and-capital', 'check', (c, s) =>
      fill(c.rng, 'The {noun} between {country} and {capital} was {verb} {time}.', {
        noun: ['summit', 'meeting', 'trade war', 'stand-off'],
        country: [s.name],
        capital: [s.capital],
        verb: ['postponed', 'cancelled', 'called off'],
        time: timeAdverbials
      })
    ),
    sentence('capital-criticised-country', 'check', (c, s) =>
      fill(c.rng, '{capital} {verb} {country} for {what}.', {
        capital: [s.capital],
        verb: ['criticised', 'condemned', 'sanctioned', 'thanked'],
        country: [s.name],
        what: ['its handling of the crisis', 'the border closure', 'its support']
      })
    ),
    sentence('country-and-capital-exchanged', 'check', (c, s) =>
      fill(c.rng, '{country} and {capital} {verb} {what} {time}.', {
        country: [s.name],
        capital: [s.capital],
        verb: ['exchanged', 'traded'],
        what: ['accusations', 'prisoners', 'threats', 'ambassadors'],
        time: timeAdverbials
      })
    ),
    sentence(
      'seat-possessive-dispute-with-country',
      'check',
      (c, s) =>
        fill(c.rng, '{seat} {mod}{noun} with {country} {verb}.', {
          seat: () => possessive(seatPhrase(c.rng.pick(s.seats))),
          mod: modifiers,
          noun: disputeNouns,
          country: [s.name],
          verb: ['deepened', 'is far from over', 'has cost both sides']
        }),
      withSeats
    ),
    sentence('capital-possessive-modified-dispute', 'check', (c, s) =>
      fill(c.rng, '{capital} {mod}{adj} {noun} with {country} {verb} {time}.', {
        capital: [possessive(s.capital)],
        mod: ['decade-old ', 'long ', 'costly '],
        adj: ['fishing', 'water', 'border', 'airspace'],
        noun: ['dispute', 'row', 'quarrel'],
        country: [s.name],
        verb: ['flared again', 'eased', 'worsened'],
        time: timeAdverbials
      })
    ),
    sentence('capital-claims-rejected-by-country', 'check', (c, s) =>
      fill(c.rng, '{capital} {claim} that the {thing} was {state} {verb} by {country}.', {
        capital: [possessive(s.capital)],
        claim: ['claim', 'complaint', 'objection'],
        thing: ['vote', 'border survey', 'trade audit'],
        state: ['unfair', 'illegal'],
        verb: ['was rejected', 'was dismissed', 'was denied'],
        country: [s.name]
      })
    )
  ]
}

export default generator
