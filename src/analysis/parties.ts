/**
 * When are two entity mentions the same party? Both must name a state as a
 * whole (its name, its capital, or the seat of its government) and resolve to
 * exactly one and the same entity. Demonyms never count as a party, and
 * neither do seats of one organ of the state (`Congress`, `the Pentagon`),
 * because `Congress and the White House` are two real parties.
 */
import {displayNames, namesWithArticle, partOf, type Reading} from '../lexicon/countries.js'
import type {EntityMention} from './entities.js'

/** The one state a mention stands for, or undefined when it is not a state or is ambiguous between several. */
export function stateOf(mention: EntityMention): string | undefined {
  const ids = new Set<string>()
  const organs = new Set<string>()
  for (const reading of mention.readings) {
    if (standsForState(reading)) ids.add(reading.id)
    else if (reading.role === 'seat') organs.add(reading.id)
  }
  // `Brussels` is Belgium's capital and the EU's institutions: two readings, no single state.
  for (const id of organs) if (!ids.has(id)) return undefined
  // London is the capital of both England and the UK: keep the sovereign reading.
  for (const id of [...ids]) {
    const parent = partOf.get(id)
    if (parent && ids.has(parent)) ids.delete(id)
  }
  return ids.size === 1 ? [...ids][0] : undefined
}

function standsForState(reading: Reading): boolean {
  if (reading.role === 'demonym') return false
  if (reading.role === 'seat' && reading.organ) return false
  return true
}

export function sameParty(a: EntityMention, b: EntityMention): boolean {
  return partyOf(a, b) !== undefined
}

/**
 * The state two mentions both stand for, or undefined. A metonym with two
 * readings (`Brussels`: Belgium's capital, the EU's institutions) is the same
 * party as the bloc it houses when the other mention names that bloc outright
 * (`Brussels and the European Union`), never as the country it is capital of.
 */
export function partyOf(a: EntityMention, b: EntityMention): string | undefined {
  const state = stateOf(a)
  const other = stateOf(b)
  if (state !== undefined && other !== undefined) return state === other ? state : undefined
  if (state !== undefined) return seatOfNamed(b, a)
  if (other !== undefined) return seatOfNamed(a, b)
  return undefined
}

/** `seat` houses the institutions of the state `named` names as a country (not as its capital). */
function seatOfNamed(seat: EntityMention, named: EntityMention): string | undefined {
  const state = stateOf(named)
  if (state === undefined || !named.readings.some((reading) => reading.id === state && reading.role === 'country')) return undefined
  // An organ is no party, except a capital that houses a bloc's institutions (`Brussels` for the EU).
  const capitalElsewhere = seat.readings.some((reading) => reading.role === 'capital' && reading.id !== state)
  const housed = seat.readings.some((reading) => reading.id === state && reading.role === 'seat' && (!reading.organ || capitalElsewhere))
  const capitalOf = seat.readings.some((reading) => reading.id === state && reading.role === 'capital')
  return housed && !capitalOf ? state : undefined
}

/** How a mention relates to its state, in words an editor reads: "Beijing is China's capital". */
export function describeMention(mention: EntityMention, state: string, name = countryName(state)): string | undefined {
  const roles = new Set(mention.readings.filter((reading) => reading.id === state).map((reading) => reading.role))
  if (roles.has('country')) return undefined
  if (roles.has('capital')) return `${mention.text} is the capital of ${name}`
  if (roles.has('seat')) return `${namedAs(mention)} stands for the government of ${name}`
  return undefined
}

/** A mention as the draft writes it, with its article: `the White House`. */
export function namedAs(mention: EntityMention): string {
  return mention.article ? 'the ' + mention.text : mention.text
}

/** The state's name as running text writes it: `the Philippines`, `China`. */
export function countryName(state: string): string {
  const name = displayNames.get(state) ?? state
  return namesWithArticle.has(state) ? 'the ' + name : name
}

/** "Beijing is the capital of China, so …": the explanation for a pair of mentions of one state. */
export function explainSameParty(a: EntityMention, b: EntityMention): string {
  const state = partyOf(a, b)!
  // Call the country what the draft calls it (Turkey, not Türkiye).
  const asCountry = [a, b].find((mention) => mention.readings.some((reading) => reading.id === state && reading.role === 'country'))
  const name = asCountry ? namedAs(asCountry) : countryName(state)
  const notes = [describeMention(a, state, name), describeMention(b, state, name)].filter((note) => note !== undefined)
  if (notes.length > 0) return notes.join(' and ')
  if (a.text === b.text) return `both name ${name}`
  return `${namedAs(a)} and ${namedAs(b)} both name ${name}`
}
