/**
 * The words the entity rules read structure from (data/entity-relations.json):
 * relation nouns, accusation nouns, denial verbs, verbs whose object is
 * another party, and organs of the state.
 */
import data from '../../data/entity-relations.json' with {type: 'json'}
import organisations from '../../data/place-named-organisations.json' with {type: 'json'}

interface Entry {
  text: string
  kind: 'relation' | 'accusation' | 'denial' | 'other-party-verb' | 'state-organ' | 'sub-party' | 'envoy' | 'pair-verb' | 'auxiliary' | 'place-preposition' | 'sentence-opener'
  origin: string
}

const entries = data.entries as Entry[]

function lowerSet(kind: Entry['kind']): Set<string> {
  return new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.text.toLowerCase()))
}

/** Relation nouns, as lower-cased word sequences joined by one space (`trade war`). */
export const relationPhrases: ReadonlySet<string> = lowerSet('relation')
/** The last word of every relation phrase, to find candidates quickly. */
export const relationHeads: ReadonlySet<string> = new Set([...relationPhrases].map((phrase) => phrase.split(' ').at(-1)!))
export const accusationNouns: ReadonlySet<string> = lowerSet('accusation')
export const denialVerbs: ReadonlySet<string> = lowerSet('denial')
export const otherPartyVerbs: ReadonlySet<string> = lowerSet('other-party-verb')
export const envoyNouns: ReadonlySet<string> = lowerSet('envoy')
export const pairVerbs: ReadonlySet<string> = lowerSet('pair-verb')
export const auxiliaries: ReadonlySet<string> = lowerSet('auxiliary')
export const placePrepositions: ReadonlySet<string> = lowerSet('place-preposition')
/** Capitalised sentence openers, as written (`When`, `Meanwhile`). */
export const sentenceOpeners: ReadonlySet<string> = new Set(entries.filter((entry) => entry.kind === 'sentence-opener').map((entry) => entry.text))
/** Nouns after a place name that make it a modifier (`Paris residents`), not a party. */
export const subPartyNouns: ReadonlySet<string> = lowerSet('sub-party')

/** Every word of the state-organ names, as written (`President`, `Prime`, `Ministry`). */
export const stateOrgans: ReadonlySet<string> = new Set(
  entries.filter((entry) => entry.kind === 'state-organ').flatMap((entry) => entry.text.split(' '))
)

/**
 * Head words that make a following place name part of an organisation's
 * name (`Real Madrid`, `Bank of England` is handled by `of`):
 * data/place-named-organisations.json, position `before` or `either`.
 */
export const organisationHeadsBefore: ReadonlySet<string> = new Set(
  organisations.entries
    .filter((entry) => (entry.position === 'before' || entry.position === 'either') && !entry.word.includes(' ') && entry.word !== 'of')
    .map((entry) => entry.word)
)
