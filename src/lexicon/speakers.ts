/** The speaker word lists (data/speaker-words.json), loaded once for lookups. */
import data from '../../data/speaker-words.json' with {type: 'json'}
import titleData from '../../data/name-titles.json' with {type: 'json'}
import {documentNouns} from './attribution.js'

interface Entry {
  word: string
  kind: 'role' | 'organisation' | 'spokesperson' | 'document' | 'document-verb'
  forms?: string[]
}

const entries = data.entries as Entry[]
const of = (kind: Entry['kind']) => new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.word))

/** People described by role (`the coach`), plus the titles written before names, lower-cased. */
export const roleNouns: ReadonlySet<string> = new Set([
  ...of('role'),
  ...titleData.entries.map((entry) => entry.text.toLowerCase().replace(/\.$/, '')).filter((word) => word.length > 3)
])
export const organisationNouns: ReadonlySet<string> = of('organisation')
export const spokespersonNouns: ReadonlySet<string> = of('spokesperson')
/** Documents credited as sources; in one statement they are synonyms of one another. */
export const documentSynonyms: ReadonlySet<string> = new Set([...of('document'), ...[...documentNouns].filter((word) => word !== 'it')])
/** Forms of verbs that credit a document subject (`found`, `showed`), to their lemma. */
export const documentVerbForms: ReadonlyMap<string, string> = new Map(
  entries
    .filter((entry) => entry.kind === 'document-verb')
    .flatMap((entry) => (entry.forms ?? []).map((form): [string, string] => [form, entry.word]))
)

/** A noun that describes a speaker: a person's role, an organisation, a spokesperson or a document. */
export function describesSpeaker(word: string): boolean {
  return roleNouns.has(word) || organisationNouns.has(word) || spokespersonNouns.has(word) || documentSynonyms.has(word)
}
