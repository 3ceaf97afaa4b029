/**
 * Name layer: every capitalised run of words that may be a name (`Chidi
 * Okonkwo`, `DataVault`, `Smith-Jones`), and for each the forms inside it that
 * the name-consistency rule compares: single words and spans of up to three.
 *
 * A capitalised first word of a sentence is taken as a name when the same
 * word also appears capitalised in mid-sentence, or when it is no English word.
 */
import {isEnglishWord} from '../lexicon/english-words.js'
import {nameTitles as titles} from '../lexicon/names.js'
import {isCapitalised, startsLowerCase} from '../lexicon/words.js'
import {Layer, type DocumentModel} from './document.js'
import {isPart, wordPartsOf, type WordPart} from './entities.js'

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

const nameLayer = new Layer('names', findNames)

export function namesOf(document: DocumentModel): NameLayer {
  return document.layer(nameLayer)
}

const specialLetters: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  ð: 'd'
}

/** Lower case, without diacritics, spaces, hyphens or apostrophes: `Sørensen` → `sorensen`. */
export function foldName(text: string): string {
  // Most names are ASCII: there NFD changes nothing and only the separators go.
  let ascii = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) return foldUnicode(text)
    if (code === 32 || (code >= 9 && code <= 13) || code === 45 || code === 39 || code === 46) continue
    ascii += text[index]
  }
  return ascii.toLowerCase()
}

function foldUnicode(text: string): string {
  let folded = ''
  for (const character of text.normalize('NFD')) {
    if (/[\p{M}\s\-\u2010\u2011'’.]/u.test(character)) continue
    folded += specialLetters[character] ?? character
  }
  return folded.toLowerCase()
}

/** A word without a sentence's full stop (`Mugabe.`), but an abbreviation keeps its points (`U.S.`). */
function bare(text: string): string {
  return text.endsWith('.') && text.indexOf('.') === text.length - 1 && text.length > 3 ? text.slice(0, -1) : text
}

/** A word a name can be: a letter, then letters, apostrophes or points (`O'Neill`, `U.S.`), two characters at least. */
function nameShaped(text: string): boolean {
  if (text.length < 2) return false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) return /^\p{L}[\p{L}'.]+$/u.test(text)
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (!letter && (index === 0 || (code !== 39 && code !== 46))) return false
  }
  return true
}

/** `We'll`, `Don't`: a contraction, never a name. */
function isContraction(text: string): boolean {
  return text.includes("'") && /'(?:ll|re|ve|m|t|d)$/i.test(text)
}

function findNames(document: DocumentModel): NameLayer {
  const lowercaseWords = new Set<string>()
  const midSentence = new Set<string>()
  const runs: Array<{parts: WordPart[]; sentence: number}> = []

  const partsBySentence = wordPartsOf(document)
  for (const sentence of document.sentences) {
    let run: WordPart[] = []
    const flush = () => {
      if (run.length > 0) runs.push({parts: run, sentence: sentence.index})
      run = []
    }
    for (const item of partsBySentence[sentence.index]) {
      if (!isPart(item)) {
        if (item.punctuation !== '-') flush()
        continue
      }
      // Most words are in lower case: common words (those opening in lower case, or of a name's shape).
      if (!isCapitalised(item.text)) {
        if (startsLowerCase(item.text) || (nameShaped(item.text) && !isContraction(item.text))) lowercaseWords.add(item.lower)
        flush()
        continue
      }
      // Numbers, initials, the pronoun `I` and contractions (`We'll`, `Don't`) are not names.
      if (!nameShaped(item.text) || isContraction(item.text)) {
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
  for (const {parts, sentence} of runs) {
    // A sentence opener is a name if the draft capitalises it mid-sentence too, or if it is no English word.
    const opener = parts[0]
    const lower = bare(opener.text).toLowerCase()
    const common = isEnglishWord(lower) || lowercaseWords.has(lower) || titles.has(opener.text)
    const first = opener.sentenceInitial && !midSentence.has(opener.text) && common ? 1 : 0
    // Each part's text without a sentence's full stop, and whether it is a title, once per part.
    const bareTexts = parts.map((part) => bare(part.text))
    const isTitle = parts.map((part, index) => titles.has(part.text) || titles.has(bareTexts[index]))
    for (let start = first; start < parts.length; start++) {
      const head = parts[start]
      const before = parts[start - 1]
      const beforeText = before && !titles.has(before.text) && start - 1 >= first ? before.text : undefined
      // Spans of one to three parts from `start`, each the one before with one part more.
      let text = ''
      let joined = ''
      let allTitles = true
      for (let end = start; end < Math.min(parts.length, start + 3); end++) {
        const tail = parts[end]
        if (end > start) text += tail.joinedBy === 'hyphen' ? '-' : ' '
        text += bareTexts[end]
        joined += bareTexts[end]
        allTitles &&= isTitle[end]
        if (allTitles) continue
        forms.push({
          text,
          key: foldName(joined),
          start: head.start,
          end: tail.bodyEnd - (bareTexts[end] !== tail.text ? 1 : 0),
          words: end - start + 1,
          sentence,
          before: beforeText,
          after: parts[end + 1]?.text
        })
      }
    }
  }
  return {forms, lowercaseWords}
}
