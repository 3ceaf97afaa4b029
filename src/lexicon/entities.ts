/**
 * The words the entity rules read structure from (data/entity-relations.json):
 * relation nouns, accusation nouns, denial verbs, verbs whose object is
 * another party, and organs of the state.
 */
import data from '../../data/entity-relations.json' with {type: 'json'}
import organisations from '../../data/place-named-organisations.json' with {type: 'json'}

type Kind =
  | 'relation'
  | 'accusation'
  | 'accusation-verb'
  | 'denial'
  | 'other-party-verb'
  | 'envoy-verb'
  | 'state-organ'
  | 'sub-party'
  | 'envoy'
  | 'pair-verb'
  | 'reciprocal'
  | 'auxiliary'
  | 'place-preposition'
  | 'sentence-opener'
  | 'name-connector'
  | 'us-state-marker'

function textsOf(kind: Kind): string[] {
  return data.entries.filter((entry) => entry.kind === kind).map((entry) => entry.text)
}

function lowerSet(kind: Kind): Set<string> {
  return new Set(textsOf(kind).map((text) => text.toLowerCase()))
}

/** Relation nouns, as lower-cased word sequences joined by one space (`trade war`). */
export const relationPhrases: ReadonlySet<string> = lowerSet('relation')
/** The last word of every relation phrase, to find candidates quickly. */
export const relationHeads: ReadonlySet<string> = new Set([...relationPhrases].map((phrase) => phrase.split(' ').at(-1)!))
export const accusationNouns: ReadonlySet<string> = lowerSet('accusation')
/** Forms of `accuse`: the subject is the accuser. */
export const accusationVerbs: ReadonlySet<string> = lowerSet('accusation-verb')
export const denialVerbs: ReadonlySet<string> = lowerSet('denial')
export const otherPartyVerbs: ReadonlySet<string> = lowerSet('other-party-verb')
/** Verbs whose object may be another state's envoy (`summoned Japan's ambassador`). */
export const envoyVerbs: ReadonlySet<string> = lowerSet('envoy-verb')
/** `each other`, `one another`, as lower-cased words joined by one space. */
export const reciprocals: ReadonlySet<string> = lowerSet('reciprocal')
export const envoyNouns: ReadonlySet<string> = lowerSet('envoy')
export const pairVerbs: ReadonlySet<string> = lowerSet('pair-verb')
export const auxiliaries: ReadonlySet<string> = lowerSet('auxiliary')
export const placePrepositions: ReadonlySet<string> = lowerSet('place-preposition')
/** Capitalised sentence openers, as written (`When`, `Meanwhile`). */
export const sentenceOpeners: ReadonlySet<string> = new Set(textsOf('sentence-opener'))
/** Words that join a proper name across a place (`University of Ottawa`), lower case. */
export const nameConnectors: ReadonlySet<string> = lowerSet('name-connector')
/** Words that mark a place name as a US state (`Washington state`, `Governor`), as written. */
export const usStateMarkers: ReadonlySet<string> = new Set(textsOf('us-state-marker'))
/** Nouns after a place name that make it a modifier (`Paris residents`), not a party. */
export const subPartyNouns: ReadonlySet<string> = lowerSet('sub-party')

/** Every word of the state-organ names, as written (`President`, `Prime`, `Ministry`). */
export const stateOrgans: ReadonlySet<string> = new Set(textsOf('state-organ').flatMap((text) => text.split(' ')))

/**
 * Head words that make a following place name part of an organisation's
 * name (`Real Madrid`; `Bank of England` is handled by `of`):
 * data/place-named-organisations.json.
 */
export const organisationHeadsBefore: ReadonlySet<string> = new Set(organisations.entries.map((entry) => entry.word))
