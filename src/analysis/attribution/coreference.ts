/**
 * Who is who, for credits: a small coreference layer. In one story a person
 * is named in full (`Transport Secretary Lena Park`), by surname (`Park`), by
 * title or role (`the secretary`) and by pronoun; an organisation speaks
 * through its own spokespeople (`the ministry` … `a ministry spokesman`); a
 * document goes by synonyms and by its owner (`the audit` … `the report` …
 * `the council's review`). Roles are read once from the whole document
 * (`Title Name`, `role Name`, `Name, the role,`), in one pass.
 */
import {Layer, type DocumentModel} from '../document.js'
import type {Token} from '../text.js'
import {fits} from './pronouns.js'
import type {Frame, Speaker} from './types.js'
import {documentSynonyms, organisationNouns, roleNouns, spokespersonNouns} from '../../lexicon/speakers.js'
import {changesInLowerCase} from '../../lexicon/words.js'

export interface Coreference {
  /** A role noun (`secretary`) to the surnames of the people the story gives that role. */
  roles: ReadonlyMap<string, ReadonlySet<string>>
}

const descriptionOpeners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'])

export function coreferenceOf(document: DocumentModel): Coreference {
  return document.layer(coreferenceLayer)
}

const coreferenceLayer: Layer<Coreference> = new Layer('coreference', (document) => readRoles(document))

function readRoles(document: DocumentModel): Coreference {
  const roles = new Map<string, Set<string>>()
  const add = (role: string, surname: string) => {
    let set = roles.get(role)
    if (!set) roles.set(role, (set = new Set()))
    set.add(surname)
  }
  for (const sentence of document.sentences) {
    const tokens = sentence.tokens.filter((token) => token.kind !== 'whitespace')
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token.kind !== 'word') continue
      if (roleNouns.has(token.lower)) {
        // `Transport Secretary Lena Park`, `coach Ari Vance`, `Detective Inspector Sam Hale`.
        const surname = nameAfter(tokens, index + 1)
        if (surname) add(token.lower, surname)
      } else if (changesInLowerCase(token.value) && tokens[index + 1]?.value === ',') {
        // `Lena Park, the transport secretary,`: the role after the name.
        const role = roleAfterComma(tokens, index + 2)
        if (role) add(role, token.lower)
      }
    }
  }
  return {roles}
}

/** The last word of a run of capitalised words after titles, when the run has no title in its last place. */
function nameAfter(tokens: readonly Token[], from: number): string | undefined {
  let index = from
  while (tokens[index]?.kind === 'word' && changesInLowerCase(tokens[index].value) && roleNouns.has(tokens[index].lower)) index++
  let last: Token | undefined
  for (let count = 0; count < 3 && tokens[index]?.kind === 'word' && changesInLowerCase(tokens[index].value); count++, index++)
    last = tokens[index]
  return last ? last.lower.replace(/'s?$/, '') : undefined
}

function roleAfterComma(tokens: readonly Token[], from: number): string | undefined {
  if (!descriptionOpeners.has(tokens[from]?.lower ?? '')) return undefined
  let role: string | undefined
  for (let index = from + 1; index < from + 5 && tokens[index]?.kind === 'word'; index++) {
    if (roleNouns.has(tokens[index].lower)) role = tokens[index].lower
  }
  return role
}

/** The speaker a credit names, through a pronoun's antecedent. */
function resolved(frame: Frame): Speaker | undefined {
  const speaker = frame.speaker
  if (speaker?.pronoun && frame.antecedent?.speaker) return frame.antecedent.speaker
  return speaker
}

/** Whether two credits in one statement name the same source. */
export function sameSource(first: Frame, second: Frame, coreference: Coreference): boolean {
  if (first.kind === 'according' && second.kind === 'according') return true
  const a = first.speaker
  const b = second.speaker
  if (!a || !b) return false
  if (b.pronoun) {
    if (a.pronoun) return a.pronoun === b.pronoun
    return fits(b.pronoun, a)
  }
  if (a.pronoun) {
    const target = resolved(first)
    return target !== undefined && target !== a && sameSpeaker(target, b, first.words, second.words, coreference)
  }
  return sameSpeaker(a, b, first.words, second.words, coreference)
}

function sameSpeaker(a: Speaker, b: Speaker, aWords: readonly string[], bWords: readonly string[], coreference: Coreference): boolean {
  if (a.head === b.head) return true
  // `the ministry's statement said …, the ministry said`: one names the other's owner.
  if (a.tokens.some((token) => token.lower === b.head + "'s") || b.tokens.some((token) => token.lower === a.head + "'s")) return true
  // `the ministry said in a statement, the statement added`.
  if ((documentSynonyms.has(b.head) && aWords.includes(b.head)) || (documentSynonyms.has(a.head) && bWords.includes(a.head))) return true
  // `the audit found …, the report concluded`: two documents in one statement are one document.
  if (documentSynonyms.has(a.head) && documentSynonyms.has(b.head) && !differentOwners(a, b)) return true
  return throughRole(a, b, coreference) || throughRole(b, a, coreference) || throughOfficer(a, b, bWords) || throughOfficer(b, a, aWords)
}

/** `Transport Secretary Lena Park said …, the secretary said`: the role is one the story gives that person. */
function throughRole(name: Speaker, description: Speaker, coreference: Coreference): boolean {
  if (!isDescription(description) || !roleNouns.has(description.head)) return false
  if (name.tokens.some((token) => token.lower === description.head)) return true
  return coreference.roles.get(description.head)?.has(name.head) ?? false
}

/** `The ministry said …, a ministry spokesman said` / `…, a spokeswoman for the union said`: the organisation's own officer. */
function throughOfficer(organisation: Speaker, officer: Speaker, officerWords: readonly string[]): boolean {
  if (!spokespersonNouns.has(officer.head) || spokespersonNouns.has(organisation.head)) return false
  const own = organisation.head
  if (officer.tokens.some((token) => token.lower === own || token.lower === own + "'s") || officerWords.includes(own)) return true
  // A bare `a spokeswoman` in the same statement speaks for the organisation just credited.
  const bare = officer.tokens.every((token) => descriptionOpeners.has(token.lower) || spokespersonNouns.has(token.lower))
  return bare && (organisationNouns.has(own) || changesInLowerCase(organisation.tokens[organisation.tokens.length - 1].value))
}

function isDescription(speaker: Speaker): boolean {
  return descriptionOpeners.has(speaker.tokens[0].lower) || !changesInLowerCase(speaker.tokens[0].value)
}

function differentOwners(a: Speaker, b: Speaker): boolean {
  const owner = (speaker: Speaker) => speaker.tokens.find((token) => token.lower.endsWith("'s"))?.lower
  const first = owner(a)
  const second = owner(b)
  return first !== undefined && second !== undefined && first !== second
}
