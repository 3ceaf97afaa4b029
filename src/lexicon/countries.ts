/**
 * Country knowledge: which written names denote which state (or bloc), and in
 * what role: the country's own name, its capital, a seat of government used as
 * a metonym ("the Kremlin"), or a demonym ("Chinese").
 *
 * Base data: the `countries-list` package (MIT): ISO codes, English names and
 * capitals. Hand-curated additions with a source per entry live in
 * data/country-aliases.json, data/capitals.json, data/demonyms.json and
 * data/seats-of-government.json.
 */
import {countries as baseCountries} from 'countries-list'
import aliasData from '../../data/country-aliases.json' with {type: 'json'}
import capitalData from '../../data/capitals.json' with {type: 'json'}
import demonymData from '../../data/demonyms.json' with {type: 'json'}
import seatData from '../../data/seats-of-government.json' with {type: 'json'}

export type EntityRole = 'country' | 'capital' | 'seat' | 'demonym'

export interface Reading {
  /** Canonical entity id: ISO 3166-1 alpha-2 code, a subdivision id, or a bloc id. */
  id: string
  role: EntityRole
  /** The written form is also a common word, a person, or another place. */
  ambiguous: boolean
  /**
   * A seat that stands for one organ of the state (a ministry, a legislature)
   * rather than the state as a whole: `Congress and the White House` are two
   * real parties of one state.
   */
  organ?: boolean
}

export interface GazetteerEntry {
  /** The name split into words, exactly as written (case-sensitive). */
  words: string[]
  readings: Reading[]
}

interface AliasEntry {
  id: string
  names: string[]
  ambiguous?: string[]
  formerNames?: string[]
  /** The display name takes `the` (`the Philippines`). */
  article?: boolean
  kind: string
  partOf?: string
}

interface CapitalEntry {
  id: string
  capital: string | null
  alsoKnownAs?: string[]
  additionalCapitals?: Array<{name: string; ambiguous?: boolean}>
  ambiguous?: boolean
  sameAsCountry?: boolean
}

interface DemonymEntry {
  id: string
  demonyms?: string[]
  ambiguous?: string[]
  excludedDemonyms?: string[]
}

interface SeatEntry {
  name: string
  variants?: string[]
  id: string
  kind: string
  ambiguous?: boolean
  historical?: boolean
}

const aliases: readonly AliasEntry[] = aliasData.entries
const capitals: readonly CapitalEntry[] = capitalData.entries
const demonyms: readonly DemonymEntry[] = demonymData.entries
const seats: readonly SeatEntry[] = seatData.entries

/** Entity ids that are parts of another (England of the UK): used to keep readings distinct. */
export const partOf: ReadonlyMap<string, string> = new Map(
  aliases.filter((entry) => entry.partOf).map((entry) => [entry.id, entry.partOf!])
)

/** The display name of each entity id ("China", "United Kingdom"). */
export const displayNames: ReadonlyMap<string, string> = buildDisplayNames()

function buildDisplayNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const [code, country] of Object.entries(baseCountries)) names.set(code, country.name)
  for (const entry of aliases) names.set(entry.id, entry.names[0])
  return names
}

/** Entity ids whose display name takes `the` in running text (`the United States`). */
export const namesWithArticle: ReadonlySet<string> = new Set(aliases.filter((entry) => entry.article).map((entry) => entry.id))

/** Split a name into the words the text analysis sees (white space separates words). */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((word) => word.length > 0)
}

function buildGazetteer(): Map<string, GazetteerEntry[]> {
  const byName = new Map<string, Reading[]>()
  const add = (name: string | null | undefined, reading: Reading) => {
    if (!name) return
    const key = nameWords(name).join(' ')
    const readings = byName.get(key) ?? []
    if (!readings.some((known) => known.id === reading.id && known.role === reading.role)) readings.push(reading)
    byName.set(key, readings)
  }

  for (const [code, country] of Object.entries(baseCountries)) {
    add(country.name, {id: code, role: 'country', ambiguous: false})
  }
  for (const entry of aliases) {
    const ambiguous = new Set(entry.ambiguous ?? [])
    for (const name of [...entry.names, ...(entry.formerNames ?? [])]) {
      add(name, {id: entry.id, role: 'country', ambiguous: ambiguous.has(name)})
    }
  }
  for (const entry of capitals) {
    if (entry.sameAsCountry) continue // Singapore the city is Singapore the state: never two parties.
    const ambiguous = entry.ambiguous === true
    add(entry.capital, {id: entry.id, role: 'capital', ambiguous})
    for (const name of entry.alsoKnownAs ?? []) add(name, {id: entry.id, role: 'capital', ambiguous})
    for (const extra of entry.additionalCapitals ?? []) {
      add(extra.name, {id: entry.id, role: 'capital', ambiguous: extra.ambiguous === true})
    }
  }
  for (const entry of demonyms) {
    const ambiguous = new Set(entry.ambiguous ?? [])
    const excluded = new Set(entry.excludedDemonyms ?? [])
    for (const name of entry.demonyms ?? []) {
      if (!excluded.has(name)) add(name, {id: entry.id, role: 'demonym', ambiguous: ambiguous.has(name)})
    }
  }
  for (const entry of seats) {
    if (entry.historical) continue // a former seat stands for the state only in history pieces
    const reading: Reading = {id: entry.id, role: 'seat', ambiguous: entry.ambiguous === true, organ: entry.kind !== 'seat'}
    for (const name of [entry.name, ...(entry.variants ?? [])]) add(name, reading)
  }

  // Index by first word, longest names first, so a match is found in one pass.
  const index = new Map<string, GazetteerEntry[]>()
  for (const [name, readings] of byName) {
    const words = name.split(' ')
    const list = index.get(words[0]) ?? []
    list.push({words, readings})
    index.set(words[0], list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/** Known names, indexed by their first word. */
export const gazetteer: ReadonlyMap<string, readonly GazetteerEntry[]> = buildGazetteer()
