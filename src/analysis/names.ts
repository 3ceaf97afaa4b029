/**
 * Name layer: every capitalised run of words that may be a name (`Chidi
 * Okonkwo`, `DataVault`, `Smith-Jones`), and for each the forms inside it that
 * the name-consistency rule compares: single words and spans of up to three.
 *
 * A capitalised first word of a sentence is taken as a name when the same
 * word also appears capitalised in mid-sentence, or when it is no English word.
 */
import titleData from '../../data/name-titles.json' with {type: 'json'}
import {englishWords} from '../lexicon/english-words.js'
import type {DocumentModel} from './document.js'
import {sentencePieces, type Piece} from './entities.js'

export interface NameForm {
  /** As written: `Smith-Jones`, `Data Vault`. */
  text: string
  /** Folded for comparison: lower case, no diacritics, no spaces or hyphens (`smithjones`). */
  key: string
  start: number
  end: number
  /** Number of words. */
  words: number
  sentence: number
  /** The capitalised word before it in its run, unless a title (`Chidi` in `Chidi Okonkwo`). */
  before?: string
  /** The capitalised word after it in its run (`Okonkwo` after `Chidi`). */
  after?: string
}

export interface NameLayer {
  forms: NameForm[]
  /** Lower-cased words the draft writes in lower case somewhere: common words, not names. */
  lowercaseWords: ReadonlySet<string>
}

const titles: ReadonlySet<string> = new Set(titleData.entries.map((entry) => entry.text))

export function namesOf(document: DocumentModel): NameLayer {
  return document.layer('names', findNames)
}

const specialLetters: Record<string, string> = {ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', þ: 'th', ð: 'd'}

/** Lower case, without diacritics, spaces, hyphens or apostrophes: `Sørensen` → `sorensen`. */
export function foldName(text: string): string {
  let folded = ''
  for (const character of text.normalize('NFD')) {
    if (/[\p{M}\s\-\u2010\u2011'’.]/u.test(character)) continue
    folded += specialLetters[character] ?? character
  }
  return folded.toLowerCase()
}

const capitalised = (text: string) => /^\p{Lu}/u.test(text)

/** A word without a sentence's full stop (`Mugabe.`), but an abbreviation keeps its points (`U.S.`). */
function bare(text: string): string {
  return text.endsWith('.') && text.indexOf('.') === text.length - 1 && text.length > 3 ? text.slice(0, -1) : text
}

function findNames(document: DocumentModel): NameLayer {
  const lowercaseWords = new Set<string>()
  const midSentence = new Set<string>()
  const runs: Array<{pieces: Piece[]; sentence: number}> = []

  for (const sentence of document.sentences) {
    let run: Piece[] = []
    const flush = () => {
      if (run.length > 0) runs.push({pieces: run, sentence: sentence.index})
      run = []
    }
    for (const item of sentencePieces(sentence)) {
      if (!('text' in item)) {
        if (item.punctuation !== '-') flush()
        continue
      }
      // Numbers, initials, the pronoun `I` and contractions (`We'll`, `Don't`) are not names.
      if (!/^\p{L}[\p{L}'.]+$/u.test(item.text) || /'(?:ll|re|ve|m|t|d)$/i.test(item.text)) {
        if (/\p{Ll}/u.test(item.text.charAt(0))) lowercaseWords.add(item.text.toLowerCase())
        flush()
        continue
      }
      if (!capitalised(item.text)) {
        lowercaseWords.add(item.text.toLowerCase())
        flush()
        continue
      }
      if (!item.sentenceInitial) midSentence.add(item.text)
      if (run.length > 0 && item.joinedBy === 'punctuation') flush()
      run.push(item)
      if (item.possessive) flush()
    }
    flush()
  }

  const forms: NameForm[] = []
  for (const {pieces, sentence} of runs) {
    // A sentence opener is a name if the draft capitalises it mid-sentence too, or if it is no English word.
    const opener = pieces[0]
    const lower = bare(opener.text).toLowerCase()
    const common = englishWords.has(lower) || lowercaseWords.has(lower) || titles.has(opener.text)
    const first = opener.sentenceInitial && !midSentence.has(opener.text) && common ? 1 : 0
    for (let start = first; start < pieces.length; start++) {
      for (let end = start; end < Math.min(pieces.length, start + 3); end++) {
        const head = pieces[start]
        const tail = pieces[end]
        const before = pieces[start - 1]
        const after = pieces[end + 1]
        const words = pieces.slice(start, end + 1)
        if (words.every((piece) => titles.has(piece.text) || titles.has(bare(piece.text)))) continue
        forms.push({
          text: words.map((piece, index) => (index > 0 ? (piece.joinedBy === 'hyphen' ? '-' : ' ') : '') + bare(piece.text)).join(''),
          key: foldName(words.map((piece) => bare(piece.text)).join('')),
          start: head.start,
          end: tail.bodyEnd - (tail.text.endsWith('.') && bare(tail.text) !== tail.text ? 1 : 0),
          words: end - start + 1,
          sentence,
          before: before && !titles.has(before.text) && start - 1 >= first ? before.text : undefined,
          after: after?.text
        })
      }
    }
  }
  return {forms, lowercaseWords}
}
