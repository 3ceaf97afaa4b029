/**
 * Stretches in another language: a quoted passage in Spanish, a paragraph in
 * Hindi. English-only rules (readability, redundancy, the hedges of
 * unattributed-claim) say nothing about them. The language is identified by
 * `franc-min`; a cheap gate asks it only about sentences that do not already
 * read as English (most of their words in the English word list, Latin
 * script), so the pass stays linear and fast, and franc's guesses on short
 * English sentences never matter.
 */
import {franc} from 'franc-min'
import {isEnglishWord} from '../lexicon/english-words.js'
import {startsLowerCase} from '../lexicon/words.js'
import {Layer, type DocumentModel} from './document.js'
import {lastStartingBefore} from './spans.js'
import {tokensText, type Sentence} from './text.js'

/** A character of a script other than Latin (digits and punctuation are common to all scripts). */
const otherScript = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u
/** Fewer letters than this and no identifier can tell. */
const minimumLetters = 20
/** Fewer lower-case words than this in Latin script and the sentence is taken as English. */
const minimumWords = 4
/** A sentence with at least this share of its words in the English list reads as English. */
const englishShare = 0.6

/** Indexes of the sentences written in another language. */
export function foreignSentences(document: DocumentModel): ReadonlySet<number> {
  return document.layer(foreignSentencesLayer)
}

const foreignSentencesLayer = new Layer('foreign-sentences', (document: DocumentModel) => {
  const foreign = new Set<number>()
  for (const sentence of document.sentences) if (isForeign(sentence)) foreign.add(sentence.index)
  return foreign
})

/** True when the offset lies in a sentence written in another language. */
export function inForeignText(document: DocumentModel, offset: number): boolean {
  const foreign = foreignSentences(document)
  if (foreign.size === 0) return false
  const sentences = document.sentences
  const found = lastStartingBefore(sentences, offset, (sentence) => sentence.start)
  return found !== -1 && offset < sentences[found].end && foreign.has(found)
}

/** The word has a character of another script; ASCII is Latin or common to all scripts. */
function inOtherScript(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) >= 0x80) return otherScript.test(value)
  return false
}

function isForeign(sentence: Sentence): boolean {
  let letters = 0
  let latin = 0
  let words = 0
  for (const word of sentence.words) {
    // Names and numbers say nothing about the language around them: count lower-case words only.
    if (startsLowerCase(word.value)) words++
    // One test a word, not a character: a word is in Latin script or not.
    const length = word.value.length
    letters += length
    if (!inOtherScript(word.value)) latin += length
  }
  if (letters < minimumLetters) return false
  if (latin / letters > 0.5 && (words < minimumWords || readsAsEnglish(sentence, words))) return false
  // The parsed words, not the source: HTML writes Devanagari as character references (`&#2309;`).
  const language = franc(tokensText(sentence.tokens), {minLength: minimumLetters})
  return language !== 'eng' && language !== 'und' && language !== 'sco'
}

/**
 * At least `englishShare` of the sentence's `words` lower-case words are in the English list.
 * The count only grows, so it stops as soon as the share is reached: most sentences are
 * English, and the rest of their words need no lookup.
 */
function readsAsEnglish(sentence: Sentence, words: number): boolean {
  let english = 0
  for (const word of sentence.words) {
    if (!startsLowerCase(word.value)) continue
    if (isEnglishWord(word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower)) english++
    if (english / words >= englishShare) return true
  }
  return false
}
