/** Who a quotation is credited to, read from the analysis' quote speakers. */
import {attributionsOf, opensWithLabel, type QuoteSpeaker} from '../../src/analysis/attributions.js'
import type {DocumentModel} from '../../src/analysis/document.js'
import {pronouns} from '../../src/lexicon/attribution.js'
import {nameTitles} from '../../src/lexicon/names.js'
import {roleNouns} from '../../src/lexicon/speakers.js'
import {changesInLowerCase} from '../../src/lexicon/words.js'

export interface Credit {
  /** What two credits are compared by: the speaker's last word, lower-cased, possessive dropped. */
  head: string
  /** The given name before the surname (`kenji` in `coach Kenji Osei`), when the credit has one. */
  given?: string
  /** The capitalised words of the credit, lower-cased (`park`, `ji-woo` in `Minister Park Ji-woo`). */
  names: string[]
  /** The speaker as written. */
  text: string
}

/**
 * The named speaker of a quotation (pronouns resolved), or undefined when the
 * analysis found none or only a pronoun or a description (`the coach`,
 * `the ministry`), which may be the same person under another name.
 */
export function creditOf(found: QuoteSpeaker): Credit | undefined {
  const text = found.speaker
  if (!text) return undefined
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const last = words[words.length - 1]
  if (!last || !changesInLowerCase(last) || pronouns.has(last.toLowerCase())) return undefined
  const head = last.toLowerCase().replace(/['\u2019]s?$/, '')
  const before = words[words.length - 2]
  const given = before && changesInLowerCase(before) && !isTitle(before) ? before.toLowerCase() : undefined
  const names = words.filter((word) => changesInLowerCase(word)).map((word) => word.toLowerCase().replace(/['\u2019]s?$/, ''))
  return {head, given, names, text}
}

/**
 * Whether two credits name different people: other surnames, or one surname
 * with two given names (`Kenji Osei`, `Rafael Osei`). A credit naming a word
 * of the other's name is the same person (`Park Ji-woo` … `Park`, family name first).
 */
export function differentSpeakers(a: Credit, b: Credit): boolean {
  if (a.head !== b.head) return !a.names.includes(b.head) && !b.names.includes(a.head)
  return a.given !== undefined && b.given !== undefined && a.given !== b.given
}

/** Answers in an interview transcript (paragraphs opening with a speaker label), where the interviewee re-quotes and paraphrases freely. */
export function labelledAnswers(document: DocumentModel): ReadonlySet<number> {
  const transcript = attributionsOf(document).transcript
  const answers = new Set<number>()
  for (const paragraph of document.paragraphs) {
    if (!transcript.has(paragraph.index)) continue
    const first = paragraph.sentences[0]
    if (first && opensWithLabel(first.tokens.filter((token) => token.kind !== 'whitespace'))) answers.add(paragraph.index)
  }
  return answers
}

function isTitle(word: string): boolean {
  return nameTitles.has(word) || roleNouns.has(word.toLowerCase().replace(/\.$/, ''))
}
