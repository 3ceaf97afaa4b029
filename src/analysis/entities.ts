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
 * Each sentence is also given as a flat list of units (mentions, words,
 * punctuation) for the rules that read two-party structure from it.
 */
import {gazetteer, type Reading} from '../lexicon/countries.js'
import {organisationHeadsBefore, sentenceOpeners, stateOrgans} from '../lexicon/entities.js'
import {englishWords} from '../lexicon/english-words.js'
import type {DocumentModel} from './document.js'
import type {Sentence} from './text.js'

/** One word of a sentence, with hyphenated compounds split and a possessive ending removed. */
export interface Piece {
  /** The text without the possessive ending, apostrophes made straight. */
  text: string
  start: number
  /** End of the whole piece, possessive ending included. */
  end: number
  /** End of the name itself, before any possessive ending. */
  bodyEnd: number
  /** Index of the word token it comes from. */
  token: number
  /** What joins it to the piece before: a space, a hyphen inside one word, or a punctuation mark. */
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
  /** Index of the unit in its sentence's `units`. */
  unit: number
}

export type Unit =
  | {type: 'mention'; mention: EntityMention; start: number; end: number}
  | {type: 'word'; text: string; lower: string; start: number; end: number; capitalised: boolean}
  | {type: 'punctuation'; text: string; start: number; end: number; hyphen: boolean}

export interface EntityLayer {
  mentions: EntityMention[]
  /** Per sentence (by sentence index): its units in order. */
  units: Unit[][]
}

export function entitiesOf(document: DocumentModel): EntityLayer {
  return document.layer('entities', findEntities)
}

const possessiveEnding = /(?:'s|')$/

/** Split a sentence's word tokens into pieces. */
export function sentencePieces(sentence: Sentence): Array<Piece | {punctuation: string; start: number; end: number}> {
  const out: Array<Piece | {punctuation: string; start: number; end: number}> = []
  let joined: Piece['joinedBy'] = 'start'
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
    const value = token.value.replace(/[\u2018\u2019\u02bc]/g, "'")
    let body = value
    let possessive = false
    const ending = possessiveEnding.exec(value)
    // `'s` or a bare apostrophe after s: a possessive (never for one-letter words).
    if (ending && value.length > ending[0].length + 1 && (ending[0] === "'s" || value.endsWith("s'"))) {
      body = value.slice(0, value.length - ending[0].length)
      possessive = true
    }
    const parts = body.includes('-') && !gazetteer.has(body) ? body.split('-') : [body]
    let offset = token.start
    parts.forEach((part, index) => {
      if (index > 0) {
        out.push({punctuation: '-', start: offset, end: offset + 1})
        offset += 1
      }
      if (part.length > 0) {
        out.push({
          text: part,
          start: offset,
          end: offset + part.length,
          bodyEnd: offset + part.length,
          token: token.index,
          joinedBy: index > 0 ? 'hyphen' : joined,
          possessive: possessive && index === parts.length - 1,
          sentenceInitial: first && index === 0
        })
      }
      offset += part.length
    })
    if (possessive) {
      const last = out[out.length - 1]
      if ('text' in last) last.end = token.end
    }
    first = false
    joined = 'space'
  }
  return out
}

function isPiece(item: unknown): item is Piece {
  return typeof item === 'object' && item !== null && 'text' in item
}

const capitalised = (text: string) => /^\p{Lu}/u.test(text)

function findEntities(document: DocumentModel): EntityLayer {
  const lowercaseWords = new Set<string>()
  for (const sentence of document.sentences) {
    for (const word of sentence.words) if (!capitalised(word.value)) lowercaseWords.add(word.lower)
  }
  const mentions: EntityMention[] = []
  const units: Unit[][] = []
  /** Names the draft marks as not the state (`Washington state`): their readings are dropped everywhere. */
  const notStates = new Set<string>()

  for (const sentence of document.sentences) {
    const items = sentencePieces(sentence)
    const sentenceUnits: Unit[] = []
    for (let index = 0; index < items.length; index++) {
      const item = items[index]
      if (!isPiece(item)) {
        sentenceUnits.push({type: 'punctuation', text: item.punctuation, start: item.start, end: item.end, hyphen: item.punctuation === '-'})
        continue
      }
      const match = matchAt(items, index)
      if (match) {
        const last = items[match.end - 1] as Piece
        const text = document.text.slice(item.start, last.bodyEnd)
        const blocked = partOfLongerName(items, index, match.end, match.readings, lowercaseWords)
        if (marksNotState(items, index, match.end)) notStates.add(text)
        if (!blocked) {
          const mention: EntityMention = {
            text,
            start: item.start,
            end: last.end,
            sentence: sentence.index,
            readings: match.readings,
            possessive: last.possessive,
            article: isPiece(items[index - 1]) && /^the$/i.test((items[index - 1] as Piece).text),
            unit: sentenceUnits.length
          }
          mentions.push(mention)
          sentenceUnits.push({type: 'mention', mention, start: mention.start, end: mention.end})
          index = match.end - 1
          continue
        }
      }
      sentenceUnits.push({
        type: 'word',
        text: item.text,
        lower: item.text.toLowerCase(),
        start: item.start,
        end: item.end,
        capitalised: capitalised(item.text)
      })
    }
    units[sentence.index] = sentenceUnits
  }

  if (notStates.size === 0) return {mentions, units}
  // Drop the mentions of names the draft uses for a US state (or similar), and their units.
  const kept = mentions.filter((mention) => !notStates.has(mention.text))
  for (const mention of mentions) {
    if (!notStates.has(mention.text)) continue
    const list = units[mention.sentence]
    list[mention.unit] = {type: 'word', text: mention.text, lower: mention.text.toLowerCase(), start: mention.start, end: mention.end, capitalised: true}
  }
  return {mentions: kept, units}
}

/** The longest known name starting at `items[index]`: pieces joined by spaces. */
function matchAt(
  items: ReturnType<typeof sentencePieces>,
  index: number
): {end: number; readings: Reading[]} | undefined {
  const first = items[index] as Piece
  const candidates = gazetteer.get(first.text)
  if (!candidates) return undefined
  for (const candidate of candidates) {
    let position = index
    let matched = true
    for (let word = 0; word < candidate.words.length; word++) {
      const item = items[position]
      const piece = isPiece(item) ? item : undefined
      if (!piece || piece.text !== candidate.words[word]) {
        matched = false
        break
      }
      if (word > 0 && piece.joinedBy !== 'space') {
        matched = false
        break
      }
      // Only the last word of a name may carry the possessive ending.
      if (piece.possessive && word < candidate.words.length - 1) {
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
  items: ReturnType<typeof sentencePieces>,
  start: number,
  end: number,
  readings: Reading[],
  lowercaseWords: Set<string>
): boolean {
  const first = items[start] as Piece
  const previous = items[start - 1]
  if (isPiece(previous) && first.joinedBy === 'space') {
    if (previous.text === 'of' || previous.text === 'de') {
      const before = items[start - 2]
      if (isPiece(before) && previous.joinedBy === 'space' && capitalised(before.text) && !stateOrgans.has(before.text)) {
        return true
      }
    } else if (organisationHeadsBefore.has(previous.text)) {
      return true // `Real Madrid`, `Air Canada`, even opening a sentence
    } else if (capitalised(previous.text) && !previous.possessive && !stateOrgans.has(previous.text) && !gazetteer.has(previous.text)) {
      const lower = previous.text.toLowerCase()
      const opener = previous.sentenceInitial && (sentenceOpeners.has(previous.text) || lowercaseWords.has(lower) || englishWords.has(lower))
      if (!opener) return true
    }
  }
  const last = items[end - 1] as Piece
  const next = items[end]
  const isDemonym = readings.every((reading) => reading.role === 'demonym')
  if (!isDemonym && !last.possessive && isPiece(next) && next.joinedBy === 'space' && capitalised(next.text)) {
    if (!stateOrgans.has(next.text) && !gazetteer.has(next.text)) return true
  }
  return false
}

/**
 * `Washington state`, `the state of Washington`, `Washington Governor …`:
 * the draft means a US state (or another place of that name), not the capital.
 */
function marksNotState(items: ReturnType<typeof sentencePieces>, start: number, end: number): boolean {
  const next = items[end]
  const afterNext = items[end + 1]
  if (isPiece(next) && next.joinedBy === 'space') {
    if (next.text === 'state' || next.text === 'Governor' || next.text === 'governor' || next.text === 'Gov.') return true
    // `Washington State` but not `Moscow State University`.
    if (next.text === 'State' && !(isPiece(afterNext) && afterNext.joinedBy === 'space' && capitalised(afterNext.text))) return true
  }
  const previous = items[start - 1]
  const before = items[start - 2]
  return isPiece(previous) && previous.text === 'of' && isPiece(before) && /^(?:[Ss]tate|[Gg]overnor)$/.test(before.text)
}
