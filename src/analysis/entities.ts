/**
 * Entity layer: where the copy names a state, by its own name, its capital,
 * a seat of government ("the Kremlin") or a demonym ("Chinese"), resolved to
 * canonical entity ids with the country knowledge.
 *
 * A place name that is only part of a longer name (`Washington Post`,
 * `University of Toronto`, `Real Madrid`, `Hikvision Canada Inc.`) is not a
 * mention of the state, and neither is a name the draft itself marks as a
 * US state (`Washington state`).
 *
 * Each sentence is also given as a flat list of constituents (mentions,
 * words, punctuation) for the rules that read two-party structure from it.
 */
import {gazetteer, type Reading} from '../lexicon/countries.js'
import {nameConnectors, organisationHeadsBefore, sentenceOpeners, stateOrgans, usStateMarkers} from '../lexicon/entities.js'
import {isEnglishWord} from '../lexicon/english-words.js'
import {isCapitalised, straightApostrophes} from '../lexicon/words.js'
import {Layer, type DocumentModel} from './document.js'
import type {Sentence} from './text.js'

/** One word of a sentence, or one part of a hyphenated compound, without its possessive ending. */
export interface WordPart {
  /** The text without the possessive ending, apostrophes made straight. */
  text: string
  /** `text` in lower case (the token's own `lower` when the part is the whole word: no new string). */
  lower: string
  start: number
  /** End of the whole part, possessive ending included. */
  end: number
  /** End of the name itself, before any possessive ending. */
  bodyEnd: number
  /** Index of the word token it comes from. */
  token: number
  /** What joins it to the part before: a space, a hyphen inside one word, or a punctuation mark. */
  joinedBy: 'space' | 'hyphen' | 'punctuation' | 'start'
  possessive: boolean
  /** First word of its sentence. */
  sentenceInitial: boolean
}

export interface EntityMention {
  text: string
  start: number
  end: number
  sentence: number
  readings: Reading[]
  /** `China's`, `the Kremlin's`. */
  possessive: boolean
  /** Written with `the` before it. */
  article: boolean
  /** Index of the mention in its sentence's constituents. */
  constituent: number
}

/** One element of a sentence as the entity rules read it: a state mention, a word or a punctuation mark. */
export type Constituent =
  | {type: 'mention'; mention: EntityMention; start: number; end: number}
  | {type: 'word'; text: string; lower: string; start: number; end: number; capitalised: boolean}
  | {type: 'punctuation'; text: string; start: number; end: number; hyphen: boolean}

export interface EntityLayer {
  mentions: EntityMention[]
  /** Per sentence (by sentence index): its constituents in order. */
  constituents: Constituent[][]
}

const entityLayer = new Layer('entities', findEntities)

export function entitiesOf(document: DocumentModel): EntityLayer {
  return document.layer(entityLayer)
}

/** A punctuation mark between word parts (a hyphen that split a compound is one too). */
export interface PartMark {
  punctuation: string
  start: number
  end: number
}

/** Length of the possessive ending (`'s`, or a bare `'` after s) of a word, else 0 (never for one-letter words). */
function possessiveLength(value: string): number {
  if (value.endsWith("'s")) return value.length > 3 ? 2 : 0
  if (value.endsWith("'")) return value.length > 2 && value.endsWith("s'") ? 1 : 0
  return 0
}

const wordPartsLayer = new Layer('word-parts', (document: DocumentModel) => document.sentences.map(wordParts))

/**
 * Each sentence's word parts (by sentence index), split once for both readers
 * (entities, then names): the lists are shared, so neither changes them.
 */
export function wordPartsOf(document: DocumentModel): ReadonlyArray<ReadonlyArray<WordPart | PartMark>> {
  return document.layer(wordPartsLayer)
}

/**
 * Split a sentence's word tokens into word parts, with the punctuation between them.
 * It runs for every word of every draft, so it allocates only the parts and marks it returns.
 */
function wordParts(sentence: Sentence): Array<WordPart | PartMark> {
  const out: Array<WordPart | PartMark> = []
  let joined: WordPart['joinedBy'] = 'start'
  let first = true
  for (const token of sentence.tokens) {
    if (token.kind === 'whitespace') {
      if (joined !== 'start') joined = 'space'
      continue
    }
    if (token.kind !== 'word') {
      out.push({punctuation: token.value, start: token.start, end: token.end})
      joined = 'punctuation'
      continue
    }
    const value = straightApostrophes(token.value)
    const ending = possessiveLength(value)
    const possessive = ending > 0
    const body = possessive ? value.slice(0, value.length - ending) : value
    // A hyphenated compound is split into its parts, unless the whole is a known name.
    const split = body.includes('-') && !gazetteer.has(body)
    let offset = token.start
    let partStart = 0
    for (let index = 0; ; index++) {
      const hyphen = split ? body.indexOf('-', partStart) : -1
      const partEnd = hyphen === -1 ? body.length : hyphen
      if (index > 0) {
        out.push({punctuation: '-', start: offset, end: offset + 1})
        offset += 1
      }
      const length = partEnd - partStart
      if (length > 0) {
        const whole = length === value.length
        const text = length === body.length ? body : body.slice(partStart, partEnd)
        out.push({
          text,
          lower: whole ? token.lower : text.toLowerCase(),
          start: offset,
          end: offset + length,
          bodyEnd: offset + length,
          token: token.index,
          joinedBy: index > 0 ? 'hyphen' : joined,
          possessive: possessive && hyphen === -1,
          sentenceInitial: first && index === 0
        })
      }
      offset += length
      if (hyphen === -1) break
      partStart = hyphen + 1
    }
    if (possessive) {
      const last = out[out.length - 1]
      if (isPart(last)) last.end = token.end
    }
    first = false
    joined = 'space'
  }
  return out
}

export function isPart(item: WordPart | PartMark | undefined): item is WordPart {
  return item !== undefined && 'text' in item
}

/** The word part at `index`, if that item is one. */
function partAt(items: ReadonlyArray<WordPart | PartMark>, index: number): WordPart | undefined {
  const item = items[index]
  return isPart(item) ? item : undefined
}

function findEntities(document: DocumentModel): EntityLayer {
  // The draft's words not capitalised: asked about only for a known name after a capitalised sentence opener, so
  // collected on that first question, not for every word of every draft.
  let lowercaseWords: Set<string> | undefined
  const writtenInLowerCase = (lower: string): boolean => {
    if (lowercaseWords === undefined) {
      lowercaseWords = new Set<string>()
      for (const sentence of document.sentences) {
        for (const word of sentence.words) if (!isCapitalised(word.value)) lowercaseWords.add(word.lower)
      }
    }
    return lowercaseWords.has(lower)
  }
  const mentions: EntityMention[] = []
  const constituents: Constituent[][] = []
  /** Names the draft marks as not the state (`Washington state`): their readings are dropped everywhere. */
  const notStates = new Set<string>()

  const partsBySentence = wordPartsOf(document)
  for (const sentence of document.sentences) {
    const items = partsBySentence[sentence.index]
    const sentenceConstituents: Constituent[] = []
    for (let index = 0; index < items.length; index++) {
      const item = items[index]
      if (!isPart(item)) {
        sentenceConstituents.push({
          type: 'punctuation',
          text: item.punctuation,
          start: item.start,
          end: item.end,
          hyphen: item.punctuation === '-'
        })
        continue
      }
      const match = matchAt(items, index)
      if (match) {
        const last = partAt(items, match.end - 1)!
        const text = document.text.slice(item.start, last.bodyEnd)
        const blocked = partOfLongerName(items, index, match.end, match.readings, writtenInLowerCase)
        if (marksNotState(items, index, match.end)) notStates.add(text)
        if (!blocked) {
          const mention: EntityMention = {
            text,
            start: item.start,
            end: last.end,
            sentence: sentence.index,
            readings: match.readings,
            possessive: last.possessive,
            article: /^the$/i.test(partAt(items, index - 1)?.text ?? ''),
            constituent: sentenceConstituents.length
          }
          mentions.push(mention)
          sentenceConstituents.push({type: 'mention', mention, start: mention.start, end: mention.end})
          index = match.end - 1
          continue
        }
      }
      sentenceConstituents.push({
        type: 'word',
        text: item.text,
        lower: item.lower,
        start: item.start,
        end: item.end,
        capitalised: isCapitalised(item.text)
      })
    }
    constituents[sentence.index] = sentenceConstituents
  }

  if (notStates.size === 0) return {mentions, constituents}
  // Drop the mentions of names the draft uses for a US state (or similar): they become words.
  const kept = mentions.filter((mention) => !notStates.has(mention.text))
  for (const mention of mentions) {
    if (!notStates.has(mention.text)) continue
    const list = constituents[mention.sentence]
    list[mention.constituent] = {
      type: 'word',
      text: mention.text,
      lower: mention.text.toLowerCase(),
      start: mention.start,
      end: mention.end,
      capitalised: true
    }
  }
  return {mentions: kept, constituents}
}

/** The first UTF-16 code unit of every name in the gazetteer. */
const gazetteerInitials: ReadonlySet<number> = new Set([...gazetteer.keys()].map((name) => name.charCodeAt(0)))

/** The longest known name starting at `items[index]`: word parts joined by spaces. */
function matchAt(items: ReadonlyArray<WordPart | PartMark>, index: number): {end: number; readings: Reading[]} | undefined {
  const first = partAt(items, index)!
  // Most words cannot open a known name: their first character opens none, and the map is not asked.
  if (!gazetteerInitials.has(first.text.charCodeAt(0))) return undefined
  const candidates = gazetteer.get(first.text)
  if (!candidates) return undefined
  for (const candidate of candidates) {
    let position = index
    let matched = true
    for (let word = 0; word < candidate.words.length; word++) {
      const part = partAt(items, position)
      if (!part || part.text !== candidate.words[word]) {
        matched = false
        break
      }
      if (word > 0 && part.joinedBy !== 'space') {
        matched = false
        break
      }
      // Only the last word of a name may carry the possessive ending.
      if (part.possessive && word < candidate.words.length - 1) {
        matched = false
        break
      }
      position++
    }
    if (matched) return {end: position, readings: candidate.readings}
  }
  return undefined
}

/**
 * Is the name at `items[start..end)` only part of a longer proper name?
 * Capitalised neighbours joined by a space (`Beijing Guoan`, `Real Madrid`)
 * or an `of` after a capitalised word (`University of Ottawa`) make it so,
 * unless the neighbour names an organ of the state (`US President`,
 * `Government of Canada`).
 */
function partOfLongerName(
  items: ReadonlyArray<WordPart | PartMark>,
  start: number,
  end: number,
  readings: Reading[],
  writtenInLowerCase: (lower: string) => boolean
): boolean {
  const first = partAt(items, start)!
  const previous = partAt(items, start - 1)
  if (previous && first.joinedBy === 'space') {
    if (nameConnectors.has(previous.text)) {
      const before = partAt(items, start - 2)
      if (before && previous.joinedBy === 'space' && isCapitalised(before.text) && !stateOrgans.has(before.text)) {
        return true
      }
    } else if (organisationHeadsBefore.has(previous.text)) {
      return true // `Real Madrid`, `Air Canada`, even opening a sentence
    } else if (isCapitalised(previous.text) && !previous.possessive && !stateOrgans.has(previous.text) && !gazetteer.has(previous.text)) {
      const lower = previous.text.toLowerCase()
      const opener = previous.sentenceInitial && (sentenceOpeners.has(previous.text) || writtenInLowerCase(lower) || isEnglishWord(lower))
      if (!opener) return true
    }
  }
  const last = partAt(items, end - 1)!
  const next = partAt(items, end)
  const isDemonym = readings.every((reading) => reading.role === 'demonym')
  if (!isDemonym && !last.possessive && next && next.joinedBy === 'space' && isCapitalised(next.text)) {
    if (!stateOrgans.has(next.text) && !gazetteer.has(next.text)) return true
  }
  return false
}

/**
 * `Washington state`, `the state of Washington`, `Washington Governor …`:
 * the draft means a US state (or another place of that name), not the capital.
 */
function marksNotState(items: ReadonlyArray<WordPart | PartMark>, start: number, end: number): boolean {
  const next = partAt(items, end)
  const afterNext = partAt(items, end + 1)
  if (next && next.joinedBy === 'space' && usStateMarkers.has(next.text)) {
    // `Washington State` but not `Moscow State University`.
    if (next.text !== 'State' || !(afterNext && afterNext.joinedBy === 'space' && isCapitalised(afterNext.text))) return true
  }
  const previous = partAt(items, start - 1)
  const before = partAt(items, start - 2)
  return previous?.text === 'of' && before !== undefined && usStateMarkers.has(before.text)
}
