/**
 * The attribution word lists (data/reporting-verbs.json, data/hedges.json,
 * data/vague-sources.json, data/attribution-words.json) loaded for token
 * lookups, each extensible from rule options.
 */
import verbData from '../../data/reporting-verbs.json' with {type: 'json'}
import hedgeData from '../../data/hedges.json' with {type: 'json'}
import vagueData from '../../data/vague-sources.json' with {type: 'json'}
import wordData from '../../data/attribution-words.json' with {type: 'json'}
import {compileOnce} from './compile-once.js'
import {PhraseMatcher} from './phrases.js'
import {normalizeWord} from './words.js'

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
  kind: 'adverb' | 'impersonal' | 'rumour' | 'participle' | 'chain-adverb'
  /** Participles: the verb's lemma and the passive frames it hedges in. */
  lemma?: string
  frames?: Array<'it-passive' | 'raising'>
  pos?: string
  weak?: boolean
  needsAccuser?: boolean
  /** Usually marks the writer's own inference (`apparently`), not a borrowed claim. */
  evidential?: boolean
  frame?: 'it-passive' | 'raising'
  /** A press-report deferral (`reportedly`, `according to reports`): reported as info. */
  advisory?: boolean
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

export const reportingVerbs: readonly ReportingVerb[] = verbData.entries
// JSON gives `kind` as a string; data/schema/hedges.schema.json (tested) holds it to the union.
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
    return {
      lemma: normalizeWord(lemma.trim()),
      forms: forms.split(',').map((form) => normalizeWord(form.trim())),
      quoteFrame: true,
      origin: 'configuration'
    }
  })
  for (const verb of [...reportingVerbs, ...extraVerbs]) {
    for (const form of verb.forms) if (!table.has(form)) table.set(form, verb)
  }
  tables.set(key, table)
  return table
}

/** The names of the word classes in data/attribution-words.json. */
type WordClass =
  | 'pronouns'
  | 'auxiliaries'
  | 'beForms'
  | 'determiners'
  | 'stoppers'
  | 'documents'
  | 'accusers'
  | 'crowdVerbs'
  | 'clauseOpeners'
  | 'specificDeterminers'
  | 'vagueHeads'
  | 'sourceNouns'
  | 'ambiguousVerbs'
  | 'articles'
  | 'objectPronouns'
  | 'clauseWords'
  | 'thirdPersonPronouns'
  | 'personalPronouns'
  | 'continuingVerbs'
  | 'recollectionVerbs'
  | 'passiveChainOpeners'

function wordSet(name: WordClass): ReadonlySet<string> {
  const entry = wordData.entries.find((candidate) => candidate.list === name)
  if (!entry) throw new Error(`data/attribution-words.json has no list \`${name}\``)
  return new Set(entry.words.map(normalizeWord))
}

/** Subject pronouns that can be a speaker (`she said`). */
export const pronouns = wordSet('pronouns')
export const auxiliaries = wordSet('auxiliaries')
export const beForms = wordSet('beForms')
export const determiners = wordSet('determiners')
export const stoppers = wordSet('stoppers')
export const documentNouns = wordSet('documents')
export const accuserWords = wordSet('accusers')
/** Lemmas of reporting verbs with common other senses: they credit only in a credit position. */
export const ambiguousVerbs = wordSet('ambiguousVerbs')
export const articles = wordSet('articles')
export const objectPronouns = wordSet('objectPronouns')
/** Words that open a clause of their own: after one, a credit does not close its sentence. */
export const clauseWords = wordSet('clauseWords')
/** `he`, `she`, `it`, `they`: pronoun credits that need a speaker to point back to. */
export const thirdPersonPronouns = wordSet('thirdPersonPronouns')
/** `he`, `she`, `they`: pronouns for people. */
export const personalPronouns = wordSet('personalPronouns')
/** Lemmas that carry on a statement already under way (`it continued`, `she went on`). */
export const continuingVerbs = wordSet('continuingVerbs')
/** Lemmas that report remembering words said earlier (`she later recalled`). */
export const recollectionVerbs = wordSet('recollectionVerbs')
/** Finite auxiliaries a passive chain may open with besides a be-form (`has been`, `would be`). */
export const passiveChainOpeners = wordSet('passiveChainOpeners')

/** Hedge phrases, plus `extra` phrases from configuration (taken as plain hedges); built once per option set. */
export const hedgeMatcher: (extra?: readonly string[], ignore?: readonly string[]) => PhraseMatcher<Hedge> = compileOnce(
  (extra: readonly string[] = [], ignore: readonly string[] = []): PhraseMatcher<Hedge> => {
    const skipped = new Set(ignore.map(normalizeWord))
    const entries: Hedge[] = [
      ...hedges.filter((entry) => entry.kind !== 'participle' && entry.kind !== 'chain-adverb'),
      ...extra.map((phrase): Hedge => ({phrase: normalizeWord(phrase), kind: 'rumour', origin: 'configuration'}))
    ]
    return new PhraseMatcher(entries.filter((entry) => !skipped.has(entry.phrase)).map((entry) => ({phrase: entry.phrase, value: entry})))
  }
)

/** Participles of the passive hedge grammar (`it is widely believed`, `is said to`), by form. */
export const hedgeParticiples: ReadonlyMap<string, Hedge> = new Map(
  hedges.filter((entry) => entry.kind === 'participle').map((entry) => [entry.phrase, entry])
)
/** Adverbs without -ly that may stand inside a passive chain (`had long been rumoured`). */
export const chainAdverbs: ReadonlySet<string> = new Set(
  hedges.filter((entry) => entry.kind === 'chain-adverb').map((entry) => entry.phrase)
)

type VagueList =
  | 'quantifier'
  | 'group'
  | 'standalone-group'
  | 'described'
  | 'bare-quantifier'
  | 'crowd-verb'
  | 'forecast-verb'
  | 'crowd-adverb'

function vagueList(list: VagueList): VagueWord[] {
  return vagueData.entries
    .filter((entry) => entry.list === list)
    .map(({list: _list, text, ...rest}): VagueWord => (list === 'described' ? {phrase: text, ...rest} : {word: text, ...rest}))
}

const vague = {
  quantifiers: vagueList('quantifier'),
  groups: vagueList('group'),
  standaloneGroups: vagueList('standalone-group'),
  described: vagueList('described'),
  bareQuantifiers: vagueList('bare-quantifier'),
  moreCrowdVerbs: vagueList('crowd-verb'),
  forecastVerbs: vagueList('forecast-verb'),
  crowdAdverbs: vagueList('crowd-adverb')
}

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

/** The vague-source tables with a rule's `extraGroups`, built once per option set. */
export const vagueSourceTables: (extraGroups?: readonly string[]) => VagueSourceTables = compileOnce(
  (extraGroups: readonly string[] = []): VagueSourceTables => {
    const text = (entry: VagueWord) => normalizeWord(entry.word ?? entry.phrase ?? '')
    return {
      quantifiers: new PhraseMatcher(vague.quantifiers.map((entry) => ({phrase: text(entry), value: entry}))),
      groups: new PhraseMatcher(
        [...vague.groups, ...extraGroups.map((word): VagueWord => ({word, origin: 'configuration'}))].map((entry) => ({
          phrase: text(entry),
          value: entry
        }))
      ),
      standalone: new Set([...vague.standaloneGroups.map(text), ...extraGroups.map(normalizeWord)]),
      described: new PhraseMatcher(vague.described.map((entry) => ({phrase: text(entry), value: entry})))
    }
  }
)

const vagueWords = (list: VagueWord[]): ReadonlySet<string> => new Set(list.map((entry) => normalizeWord(entry.word ?? entry.phrase ?? '')))
/** Quantifiers that are a crowd on their own as a subject (`Many believe`). */
export const bareQuantifiers = vagueWords(vague.bareQuantifiers)
/** Lemmas whose crowd claim is a forecast (`analysts expect`): advisory. */
export const forecastVerbs = vagueWords(vague.forecastVerbs)
/** Words allowed between a crowd and its verb besides auxiliaries and -ly adverbs (`have long argued`). */
export const crowdAdverbs = vagueWords(vague.crowdAdverbs)

/** Nouns for people or texts that act as sources: a described phrase needing one counts only right after it. */
export const sourceNouns = wordSet('sourceNouns')
/** Verbs that make a crowd a source of a claim (`analysts say`); `people find` does not. */
export const crowdVerbs: ReadonlySet<string> = new Set([...wordSet('crowdVerbs'), ...vagueWords(vague.moreCrowdVerbs)])
/** Words after which a crowd still opens its clause (`…, but critics say`). */
export const clauseOpeners = wordSet('clauseOpeners')
/** Determiners that make a credit's head specific (`the reports`). */
export const specificDeterminers = wordSet('specificDeterminers')
/** Heads of credits that are themselves vague (`reports said`, `sources said`). */
export const vagueHeads = wordSet('vagueHeads')
