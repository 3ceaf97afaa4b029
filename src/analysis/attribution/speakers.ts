/**
 * Who says each quotation, and how the speaker was found. Methods, in the
 * order they are tried (news writing's own cues, as PARC 3.0 and BBC Citron
 * describe them):
 *
 * - a transcript label or a headline;
 * - a credit in the quotation's own unit: before it, after it, or inside a split quote;
 * - a clause ending in a colon right before it, whatever the verb (`She put it bluntly:`),
 *   in its sentence or closing the paragraph before;
 * - an answer in a transcript that runs on past its labelled paragraph;
 * - the subject of the sentence before it in its paragraph, when that is a named person or
 *   organisation or a description of one (`Okafor shook his head. "…"`), or a he/she/they;
 * - the quotation it continues (an unclosed quote across paragraphs, or an opening mark met
 *   while a quote was open), or a quote-only unit before it in the paragraph;
 * - a credit anywhere else in its paragraph, or in a paragraph its run continues into.
 *
 * One pass over the quotations, each looking at its own unit, the sentence
 * before it and its paragraph's credits (computed once per paragraph): linear.
 */
import {beForms, determiners, verbTable, type VerbTable} from '../../lexicon/attribution.js'
import {Layer, type DocumentModel} from '../document.js'
import {headlineParagraphs} from '../headings.js'
import type {Quotation} from '../quotes.js'
import type {Sentence, Token} from '../text.js'
import {lastStartingBefore} from '../spans.js'
import {indexAt, isQuoteMark} from './cues.js'
import {opensWithLabel} from './transcript.js'
import {attributionsOf} from './layer.js'
import type {Attributions, Frame, QuoteSpeaker, Unit} from './types.js'
import {isEnglishWord} from '../../lexicon/english-words.js'
import {describesSpeaker, documentSynonyms} from '../../lexicon/speakers.js'
import {changesInLowerCase} from '../../lexicon/words.js'

const personal = new Set(['he', 'she', 'they', 'we'])
const descriptionOpeners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one'])
/** Words that open a sentence capitalised but name nobody. */
const leadWords = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'there',
  'in',
  'on',
  'at',
  'after',
  'before',
  'but',
  'and',
  'when',
  'while',
  'as',
  'if',
  'by',
  'for',
  'from',
  'with',
  'during',
  'since',
  'until',
  'meanwhile',
  'later',
  'earlier',
  'then',
  'now',
  'today',
  'yesterday',
  'some',
  'many',
  'most',
  'all',
  'no',
  'one',
  'two',
  'three'
])

export function quoteSpeakersOf(document: DocumentModel, extraVerbs: readonly string[] = []): QuoteSpeaker[] {
  if (extraVerbs.length > 0) return findSpeakers(document, attributionsOf(document, extraVerbs), extraVerbs)
  return document.layer(quoteSpeakersLayer)
}

function findSpeakers(document: DocumentModel, attributions: Attributions, extraVerbs: readonly string[]): QuoteSpeaker[] {
  const verbs = verbTable(extraVerbs)
  const headlines = headlineParagraphs(document)
  const names = namesOf(document)
  const firstPronouns = firstClausePronouns(document, attributions.quoted)
  const unitsByParagraph = new Map<number, Unit[]>()
  for (const unit of attributions.units) {
    const list = unitsByParagraph.get(unit.paragraph)
    if (list) list.push(unit)
    else unitsByParagraph.set(unit.paragraph, [unit])
  }
  const paragraphCredit = new Map<number, Frame | null | undefined>()
  /** A paragraph's credit: its first frame, `null` for a credit with no frame (a bare verb form or a label), `undefined` for none. */
  const creditOf = (paragraph: number): Frame | null | undefined => {
    if (!paragraphCredit.has(paragraph)) {
      paragraphCredit.set(paragraph, findCredit(unitsByParagraph.get(paragraph) ?? [], attributions.quoted, verbs))
    }
    return paragraphCredit.get(paragraph)
  }

  const quotations = document.quotations
  const results: QuoteSpeaker[] = []
  for (const quotation of quotations) {
    const result: QuoteSpeaker = {quotation}
    results.push(result)
    const unit = attributions.units[attributions.unitOfSentence[quotation.startSentence]]
    const answer =
      attributions.transcript.has(quotation.paragraph) && !opensUnlabelled(unit, quotation, attributions.units, attributions.quoted)
    // A labelled answer is its speaker's; an answer's later paragraph may still credit a quotation itself (`Ruiz said: "…"`).
    if (answer && opensWithLabel(unitsByParagraph.get(quotation.paragraph)?.[0]?.tokens ?? [])) result.source = 'transcript'
    else if (headlines.has(quotation.paragraph)) result.source = 'headline'
    else if (unit && fromCue(result, unit)) result.source = 'cue'
    else if (unit && colonBefore(unit, quotation, document)) {
      result.source = 'colon'
      result.speaker = subjectText(unit.tokens, attributions.quoted, names)
    } else if (answer) result.source = 'transcript'
    else if (quotation.continues !== undefined && results[quotation.continues]?.source) {
      result.source = 'continuation'
      result.speaker = results[quotation.continues].speaker
      result.frame = results[quotation.continues].frame
    } else if (unit && fromPrevious(result, unit, document, attributions, results, names, firstPronouns)) {
      // source set by fromPrevious
    } else {
      const credit = creditOf(quotation.paragraph)
      if (credit !== undefined) {
        result.source = 'paragraph-cue'
        if (credit) setFrame(result, credit)
      }
    }
  }
  // A run of paragraphs linked by an unclosed quotation is credited in any of them.
  for (let index = quotations.length - 1; index >= 0; index--) {
    const quotation = quotations[index]
    if (quotation.continues === undefined) continue
    const later = results[index]
    const earlier = results[quotation.continues]
    if (later.source && !earlier.source) {
      earlier.source = 'paragraph-cue'
      earlier.speaker = later.speaker
      earlier.frame = later.frame
    }
  }
  for (const result of results) {
    if (result.source || result.quotation.continues === undefined) continue
    const from = results[result.quotation.continues]
    if (from.source) {
      result.source = 'continuation'
      result.speaker = from.speaker
      result.frame = from.frame
    }
  }
  return results
}

/**
 * In a transcript, answers run on without quotation marks; a paragraph that
 * opens with a quotation and no speaker label is not one of them.
 */
function opensUnlabelled(unit: Unit | undefined, quotation: Quotation, units: readonly Unit[], quoted: ReadonlySet<Token>): boolean {
  if (unit === undefined || !unit.opensParagraph || unit.tokens[0]?.start !== quotation.start) return false
  // Only quotation: every word of the paragraph is inside the marks.
  for (let index = unit.index; index < units.length && units[index].paragraph === unit.paragraph; index++) {
    for (const token of units[index].tokens) if (token.kind === 'word' && !quoted.has(token)) return false
  }
  return true
}

function setFrame(result: QuoteSpeaker, frame: Frame): void {
  result.frame = frame
  const speaker = frame.speaker?.pronoun && frame.antecedent?.speaker ? frame.antecedent.speaker : frame.speaker
  result.speaker = speaker?.text
}

/** Loose credits stepped over on each side when looking for the nearest credit. */
const maxLooseSkipped = 4

/** A credit in the quotation's own unit: the one nearest the quotation (found by binary search). */
function fromCue(result: QuoteSpeaker, unit: Unit): boolean {
  const frames = unit.frames
  const {start, end} = result.quotation
  const split = lastStartingBefore(frames, start, (frame) => frame.start)
  let before: Frame | undefined
  for (let index = split, seen = 0; index >= 0 && seen <= maxLooseSkipped && !before; index--, seen++)
    if (!frames[index].loose) before = frames[index]
  let after: Frame | undefined
  for (let index = split + 1, seen = 0; index < frames.length && seen <= maxLooseSkipped && !after; index++, seen++)
    if (!frames[index].loose) after = frames[index]
  const best = !before ? after : !after ? before : after.start - end < start - before.end ? after : before
  if (!best) return false
  setFrame(result, best)
  return true
}

/** A colon right before the opening mark, in the unit or at the end of the paragraph before. */
function colonBefore(unit: Unit, quotation: Quotation, document: DocumentModel): boolean {
  const position = indexAt(unit.tokens, quotation.start)
  const before = unit.tokens[position - 1]
  if (before) return before.value === ':'
  const previous = document.paragraphs[quotation.paragraph - 1]
  if (!previous || previous.sentences.length === 0) return false
  if (unit.sentences[0] !== document.paragraphs[quotation.paragraph].sentences[0]) return false
  const tokens = previous.sentences[previous.sentences.length - 1].tokens
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (tokens[index].kind === 'whitespace') continue
    return tokens[index].value === ':'
  }
  return false
}

/** The sentence before the quotation's unit, in its paragraph: its subject, or a quote-only unit with a speaker. */
function fromPrevious(
  result: QuoteSpeaker,
  unit: Unit,
  document: DocumentModel,
  attributions: Attributions,
  results: readonly QuoteSpeaker[],
  names: CapitalisedNames,
  firstPronouns: ReadonlyMap<number, {sentence: number; pronoun: string}>
): boolean {
  // Only a quotation that opens its unit can take its voice from the sentence before.
  if (unit.tokens[0]?.start !== result.quotation.start) return false
  const first = unit.sentences[0]
  const sentence: Sentence | undefined = document.sentences[first.index - 1]
  if (!sentence || sentence.paragraph !== unit.paragraph) return false
  const previousUnit = attributions.units[attributions.unitOfSentence[sentence.index]]
  // `"We tried." "It failed."`: a unit that is a quotation and nothing else speaks with the voice before it.
  const onlyQuote =
    previousUnit.quotations.length > 0 && previousUnit.tokens.every((token) => attributions.quoted.has(token) || token.kind !== 'word')
  if (onlyQuote) {
    const before = results[previousUnit.quotations[previousUnit.quotations.length - 1].index]
    if (before?.source) {
      result.source = 'continuation'
      result.speaker = before.speaker
      result.frame = before.frame
      return true
    }
  }
  const tokens = previousUnit.tokens.filter((token) => token.sentence === sentence.index)
  const subject = subjectText(tokens, attributions.quoted, names)
  if (subject) {
    result.source = 'previous-subject'
    result.speaker = subject
    return true
  }
  // `She left the series. "…"`: a he/she/they opening a clause earlier in the paragraph.
  const earlier = firstPronouns.get(unit.paragraph)
  if (earlier && earlier.sentence < first.index) {
    result.source = 'previous-subject'
    result.speaker = earlier.pronoun
    return true
  }
  return false
}

/** For each paragraph, its first sentence with a he/she/they opening a clause (one pass over the document). */
function firstClausePronouns(document: DocumentModel, quoted: ReadonlySet<Token>): Map<number, {sentence: number; pronoun: string}> {
  const found = new Map<number, {sentence: number; pronoun: string}>()
  for (const sentence of document.sentences) {
    if (found.has(sentence.paragraph)) continue
    const pronoun = clausePronoun(sentence, quoted)
    if (pronoun) found.set(sentence.paragraph, {sentence: sentence.index, pronoun})
  }
  return found
}

function clausePronoun(sentence: Sentence, quoted: ReadonlySet<Token>): string | undefined {
  let clauseStart = true
  for (const token of sentence.tokens) {
    if (token.kind === 'whitespace') continue
    if (quoted.has(token) || isQuoteMark(token)) {
      clauseStart = false
      continue
    }
    if (token.kind === 'word') {
      if (clauseStart && personal.has(token.lower)) return token.value
      clauseStart = false
    } else clauseStart = token.value === ',' || token.value === ';'
  }
  return undefined
}

/**
 * The subject of a clause when it is a speaker: a named person or
 * organisation (`Okafor`, `Ana Ruiz`, `The Transit Authority`, `NASA`), or a
 * description of one (`the coach`, `a spokeswoman`, `the union`). A leading
 * adverbial up to a comma (`On Monday, …`) is stepped over.
 */
export function subjectText(all: readonly Token[], quoted: ReadonlySet<Token>, names: CapitalisedNames): string | undefined {
  const tokens = all.filter((token) => !quoted.has(token) && !isQuoteMark(token))
  let start = 0
  const lead = tokens[0]
  if (lead && lead.kind === 'word' && leadWords.has(lead.lower) && !descriptionOpeners.has(lead.lower)) {
    for (let index = 1; index < Math.min(tokens.length, 8); index++) {
      if (tokens[index].value === ',') {
        start = index + 1
        break
      }
    }
  }
  const words: Token[] = []
  for (let index = start; index < tokens.length && words.length < 6; index++) {
    // `The tenants' association`: a possessive apostrophe stays inside the phrase.
    if (tokens[index].kind !== 'word' && !(words.length > 0 && /^['\u2019]$/.test(tokens[index].value))) break
    if (tokens[index].kind === 'word') words.push(tokens[index])
  }
  const head = words[0]
  if (!head) return undefined
  if (descriptionOpeners.has(head.lower)) {
    // `The inspector`, `A union spokeswoman`, `The Transit Authority`.
    for (let index = 1; index < Math.min(words.length, 4); index++) {
      const word = words[index]
      if (word.lower.endsWith("'s")) return undefined
      if (changesInLowerCase(word.value)) return text(words.slice(0, capitalRunEnd(words, index)))
      const singular = word.lower.endsWith('s') && !describesSpeaker(word.lower) ? word.lower.slice(0, -1) : word.lower
      if (describesSpeaker(singular) && !documentSynonyms.has(singular) && !(beForms.has(word.lower) || determiners.has(word.lower))) {
        return text(words.slice(0, index + 1))
      }
    }
    return undefined
  }
  if (!changesInLowerCase(head.value) || leadWords.has(head.lower)) {
    return personal.has(head.lower) ? head.value : undefined
  }
  const run = words.slice(0, capitalRunEnd(words, 0))
  return namesSpeaker(run, names) ? text(run) : undefined
}

/**
 * Whether a capitalised run opening a clause names a person or an
 * organisation: an acronym (`NASA`); a title or an organisation's own noun in
 * a run of several (`Mayor Ruiz`, `Transit Authority`); a word no dictionary
 * has at either end (`Okafor`, `Ines Duarte`, `Donald Trump`); a surname the
 * story also uses alone; a single word the story uses as a name elsewhere.
 * Capitalised words alone are not enough: `New York`, `Super Tuesday` and
 * `Heavy Rain` name nobody who speaks.
 */
function namesSpeaker(run: readonly Token[], names: CapitalisedNames): boolean {
  const last = bareWord(run[run.length - 1])
  if (isTimeName(last)) return false
  if (/^[A-Z]{2,}$/.test(run[0].value)) return true
  if (run.length === 1) return names.all.has(last) || !isEnglishWord(last)
  if (run.some((token) => describesSpeaker(bareWord(token)))) return true
  return !isEnglishWord(last) || !isEnglishWord(bareWord(run[0])) || names.alone.has(last)
}

/** Lower case, possessive dropped. */
function bareWord(token: Token): string {
  return token.lower.replace(/'s?$/, '')
}

/**
 * Weekdays and months, lower case (the dictionary has no capitalised words).
 * Spelled out rather than asked of Intl: its first use loads the ICU calendar
 * data, about 10 ms of every start. `May` and `March` are words, and surnames,
 * so they stay out; the set is built on first use, with the word list.
 */
export const calendarNames = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
let timeNames: ReadonlySet<string> | undefined

function isTimeName(word: string): boolean {
  timeNames ??= new Set(calendarNames.filter((name) => !isEnglishWord(name)))
  return timeNames.has(word)
}

function capitalRunEnd(words: readonly Token[], from: number): number {
  let end = from
  while (end < words.length && changesInLowerCase(words[end].value)) end++
  return end
}

function text(tokens: readonly Token[]): string {
  return tokens.map((token) => token.value).join(' ')
}

interface CapitalisedNames {
  /** Capitalised words the story uses inside its sentences (not at their start): its names. */
  all: ReadonlySet<string>
  /** Of those, the ones it also uses alone, with no capitalised word beside them (`Ruiz`, not `York` of `New York`). */
  alone: ReadonlySet<string>
}

function namesOf(document: DocumentModel): CapitalisedNames {
  return document.layer(capitalisedNamesLayer)
}

const capitalisedNamesLayer = new Layer('capitalised-names', (document: DocumentModel): CapitalisedNames => {
  const all = new Set<string>()
  const alone = new Set<string>()
  for (const sentence of document.sentences) {
    const words = sentence.words
    for (let index = 1; index < words.length; index++) {
      const word = words[index]
      if (!changesInLowerCase(word.value) || leadWords.has(word.lower)) continue
      all.add(bareWord(word))
      const before = words[index - 1]
      const after = words[index + 1]
      // A capitalised lead word (`Later Rose left`) is not part of the name.
      if ((!changesInLowerCase(before.value) || leadWords.has(before.lower)) && !(after && changesInLowerCase(after.value)))
        alone.add(bareWord(word))
    }
  }
  return {all, alone}
})

/** A paragraph's credit: a frame, any reporting-verb form outside quotes, or a `Name:` label opening it. */
function findCredit(units: readonly Unit[], quoted: ReadonlySet<Token>, verbs: VerbTable): Frame | null | undefined {
  for (const unit of units) if (unit.frames.length > 0) return unit.frames.find((frame) => !frame.loose) ?? unit.frames[0]
  for (const unit of units) {
    for (let index = 0; index < unit.tokens.length; index++) {
      const token = unit.tokens[index]
      const verb = token.kind === 'word' && !quoted.has(token) ? verbs.get(token.lower) : undefined
      if (!verb) continue
      // `went` is a credit only as `went on`.
      if (verb.particle && unit.tokens[index + 1]?.lower !== verb.particle) continue
      // `was reported`, `the report`: a passive or a noun names no speaker.
      const before = unit.tokens[index - 1]
      if (before && before.kind === 'word' && (beForms.has(before.lower) || determiners.has(before.lower))) continue
      return null
    }
  }
  // An interview label: `Okafor: "…"`, `Q:` — one to four words and a colon open the paragraph.
  const opening = units[0]?.tokens ?? []
  for (let index = 0; index < Math.min(opening.length, 5); index++) {
    const token = opening[index]
    if (token.value === ':') return index > 0 ? null : undefined
    if (token.kind !== 'word') return undefined
  }
  return undefined
}

const quoteSpeakersLayer: Layer<QuoteSpeaker[]> = new Layer('quote-speakers', (document) =>
  findSpeakers(document, attributionsOf(document), [])
)
