/**
 * The attribution word lists (data/reporting-verbs.json, data/hedges.json,
 * data/vague-sources.json, data/attribution-words.json) loaded for token
 * lookups, each extensible from rule options.
 */
import verbData from '../../data/reporting-verbs.json' with {type: 'json'}
import hedgeData from '../../data/hedges.json' with {type: 'json'}
import vagueData from '../../data/vague-sources.json' with {type: 'json'}
import wordData from '../../data/attribution-words.json' with {type: 'json'}
import {normalizeWord} from './words.js'
import {PhraseMatcher} from './phrases.js'

export interface ReportingVerb {
  lemma: string
  forms: string[]
  /** True when the verb commonly frames a direct quotation. */
  quoteFrame: boolean
  /** Second word of a phrasal verb (`point out`, `go on`). */
  particle?: string
  note?: string
  origin?: string
}

export interface Hedge {
  phrase: string
  kind: 'adverb' | 'impersonal' | 'rumour'
  pos?: string
  weak?: boolean
  needsAccuser?: boolean
  /** Usually marks the writer's own inference (`apparently`), not a borrowed claim. */
  evidential?: boolean
  frame?: 'it-passive' | 'raising'
  note?: string
  origin?: string
}

export interface VagueWord {
  word?: string
  phrase?: string
  weak?: boolean
  needsSourceNoun?: boolean
  origin?: string
}

export const reportingVerbs: readonly ReportingVerb[] = verbData.entries as ReportingVerb[]
export const hedges: readonly Hedge[] = hedgeData.entries as Hedge[]

/** Verb forms to reporting verbs. A form may belong to one verb only; later entries do not override earlier ones. */
export type VerbTable = ReadonlyMap<string, ReportingVerb>

const tables = new Map<string, VerbTable>()

/**
 * The reporting-verb table, with `extra` verbs from configuration: either a
 * bare form (`"quipped"`, taken as a quote frame) or `"lemma:form,form"`.
 */
export function verbTable(extra: readonly string[] = []): VerbTable {
  const key = extra.join('\u0000')
  const cached = tables.get(key)
  if (cached) return cached
  const table = new Map<string, ReportingVerb>()
  const extraVerbs: ReportingVerb[] = extra.map((item) => {
    const [lemma, forms] = item.includes(':') ? item.split(':', 2) : [item, item]
    return {lemma: normalizeWord(lemma.trim()), forms: forms.split(',').map((form) => normalizeWord(form.trim())), quoteFrame: true, origin: 'configuration'}
  })
  for (const verb of [...reportingVerbs, ...extraVerbs]) {
    for (const form of verb.forms) if (!table.has(form)) table.set(form, verb)
  }
  tables.set(key, table)
  return table
}

function wordSet(list: {words: string[]}): ReadonlySet<string> {
  return new Set(list.words.map(normalizeWord))
}

export const pronouns = wordSet(wordData.pronouns)
export const auxiliaries = wordSet(wordData.auxiliaries)
export const beForms = wordSet(wordData.beForms)
export const determiners = wordSet(wordData.determiners)
export const stoppers = wordSet(wordData.stoppers)
export const documentNouns = wordSet(wordData.documents)
export const accuserWords = wordSet(wordData.accusers)

/** Hedge phrases, plus `extra` phrases from configuration (taken as plain hedges). */
export function hedgeMatcher(extra: readonly string[] = [], ignore: readonly string[] = []): PhraseMatcher<Hedge> {
  const skipped = new Set(ignore.map(normalizeWord))
  const entries: Hedge[] = [
    ...hedges,
    ...extra.map((phrase): Hedge => ({phrase: normalizeWord(phrase), kind: 'rumour', origin: 'configuration'}))
  ]
  return new PhraseMatcher(entries.filter((entry) => !skipped.has(entry.phrase)).map((entry) => ({phrase: entry.phrase, value: entry})))
}

interface VagueLists {
  quantifiers: VagueWord[]
  groups: VagueWord[]
  standaloneGroups: VagueWord[]
  described: VagueWord[]
}

const vague = vagueData as unknown as VagueLists

export interface VagueSourceTables {
  /** Quantifier phrases (`some`, `a number of`). */
  quantifiers: PhraseMatcher<VagueWord>
  /** Crowd nouns, single or multi-word (`analysts`, `government sources`). */
  groups: PhraseMatcher<VagueWord>
  /** Crowds vague even without a quantifier (`Critics say`). */
  standalone: ReadonlySet<string>
  /** Anonymous-but-described phrases (`people familiar with the talks`). */
  described: PhraseMatcher<VagueWord>
}

export function vagueSourceTables(extraGroups: readonly string[] = []): VagueSourceTables {
  const text = (entry: VagueWord) => normalizeWord(entry.word ?? entry.phrase ?? '')
  return {
    quantifiers: new PhraseMatcher(vague.quantifiers.map((entry) => ({phrase: text(entry), value: entry}))),
    groups: new PhraseMatcher(
      [...vague.groups, ...extraGroups.map((word): VagueWord => ({word, origin: 'configuration'}))].map((entry) => ({phrase: text(entry), value: entry}))
    ),
    standalone: new Set([...vague.standaloneGroups.map(text), ...extraGroups.map(normalizeWord)]),
    described: new PhraseMatcher(vague.described.map((entry) => ({phrase: text(entry), value: entry})))
  }
}

/** Nouns for people or texts that act as sources: a described phrase needing one counts only right after it. */
export const sourceNouns = wordSet(wordData.sourceNouns)
/** Verbs that make a crowd a source of a claim (`analysts say`); `people find` does not. */
export const crowdVerbs = wordSet(wordData.crowdVerbs)
/** Words after which a crowd still opens its clause (`…, but critics say`). */
export const clauseOpeners = wordSet(wordData.clauseOpeners)
/** Determiners that make a credit's head specific (`the reports`). */
export const specificDeterminers = wordSet(wordData.specificDeterminers)
/** Heads of credits that are themselves vague (`reports said`, `sources said`). */
export const vagueHeads = wordSet(wordData.vagueHeads)
