/**
 * retext-readability, rewritten for speed with identical messages.
 *
 * The original looks every word up in the Dale–Chall and Spache word lists
 * with `Array#includes` (a scan of ~3,000 entries per word) and counts
 * syllables afresh for every occurrence. Here the lists are Sets, and what
 * a word form contributes (syllables, list membership) is remembered. The
 * formulas, the options and the message text are the original's, so the
 * messages are the same
 * (checked against retext-readability on the news corpus in the tests).
 */
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import type {Node, Nodes, Parents, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {eachSentence} from '../../src/parse/each-sentence.js'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'
import {englishSyllables} from '../../src/lexicon/english-words.js'
import {nodeText} from '../../src/parse/node-text.js'
import type {VFile} from 'vfile'

export interface ReadabilityOptions {
  age?: number
  minWords?: number
  threshold?: number
}

const daleChallWords = new Set(daleChall)
const spacheWords = new Set(spache)

/**
 * A lower-cased word, shared by the forms that lower-case to it (`The`, `the`):
 * the sentence that last counted it, so a sentence counts each distinct word
 * once with a stamp instead of two sets of strings per sentence.
 */
interface CaselessWord {
  countedIn: number
}

/** What a word form contributes, computed once per form. */
interface WordFacts {
  caseless: string
  word: CaselessWord
  syllables: number
  familiar: boolean
  easy: boolean
}

/** Facts per word form, and the caseless words they share; bounded so a hostile draft cannot grow them without end. */
const wordCache = new Map<string, WordFacts>()
const caselessWords = new Map<string, CaselessWord>()
const wordCacheLimit = 50000

/** Sentences checked so far in the process: the stamp of the current one. */
let sentenceSerial = 0

function factsOf(value: string): WordFacts {
  let facts = wordCache.get(value)
  if (facts === undefined) {
    const caseless = value.toLowerCase()
    let word = caselessWords.get(caseless)
    if (word === undefined) {
      word = {countedIn: 0}
      caselessWords.set(caseless, word)
    }
    // A word of plain letters counts as its lower case does (syllable lower-cases first), so the
    // English list's count, made by syllable at build time, is the count syllable gives here.
    const syllables = (isPlainLetters(value) ? englishSyllables(caseless) : undefined) ?? syllable(value)
    facts = {caseless, word, syllables, familiar: spacheWords.has(caseless), easy: daleChallWords.has(caseless)}
    wordCache.set(value, facts)
  }
  return facts
}

/** Only ASCII letters: syllable's normalising and lower-casing leave nothing but the lower case. */
function isPlainLetters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index) | 0x20
    if (code < 0x61 || code > 0x7a) return false
  }
  return value.length > 0
}

export default function fastReadability(options?: ReadabilityOptions) {
  const settings = options ?? {}
  const age = settings.age || 16
  const threshold = settings.threshold || 4 / 7
  const minWords = typeof settings.minWords === 'number' ? settings.minWords : 5

  return function (tree: Root, file: VFile) {
    eachSentence(tree, checkSentence)

    function checkSentence(sentence: Sentence, parent: Parents): void {
      // A sentence too short to be judged gives no message: skip the per-word work.
      if (minWords > 0 && !hasWords(sentence, minWords)) return
      // Emptied between sentences only: two facts of one sentence always share their caseless word.
      if (wordCache.size >= wordCacheLimit) {
        wordCache.clear()
        caselessWords.clear()
      }
      const serial = ++sentenceSerial
      let complexPolysillabicWord = 0
      let easyWordCount = 0
      let familiarWordCount = 0
      let letters = 0
      let polysillabicWord = 0
      let totalSyllables = 0
      let wordCount = 0

      forEachWord(sentence, function (value) {
        const {caseless, word, syllables, familiar, easy} = factsOf(value)
        wordCount++
        totalSyllables += syllables
        letters += value.length
        if (syllables >= 3) {
          polysillabicWord++
          if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++
        }
        // The first use of a word in the sentence counts it as familiar or easy (retext-readability's sets).
        if (word.countedIn !== serial) {
          word.countedIn = serial
          if (familiar) familiarWordCount++
          if (easy) easyWordCount++
        }
      })

      if (wordCount < minWords) return
      const counts = {
        character: letters,
        complexPolysillabicWord,
        difficultWord: wordCount - easyWordCount,
        letter: letters,
        polysillabicWord,
        sentence: 1,
        syllable: totalSyllables,
        unfamiliarWord: wordCount - familiarWordCount,
        word: wordCount
      }
      const scores = [
        gradeToAge(automatedReadability(counts)),
        gradeToAge(colemanLiau(counts)),
        gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
        fleschToAge(flesch(counts)),
        gradeToAge(gunningFog(counts)),
        smogToAge(smogFormula(counts)),
        gradeToAge(spacheFormula(counts))
      ]
      let nok = 0
      for (const score of scores) if (score > age) nok++
      if (nok / scores.length < threshold) return

      const message = file.message(
        'Unexpected hard to read sentence, according to ' +
          (nok < scores.length ? nok + ' out of ' : 'all ') +
          scores.length +
          ' algorithms',
        {
          ancestors: [parent, sentence],
          place: sentence.position,
          ruleId: 'readability',
          source: 'retext-readability'
        }
      )
      message.actual = toString(sentence)
      message.expected = []
      message.url = 'https://github.com/retextjs/retext-readability#readme'
    }
  }
}

/** Whether a sentence has at least `minimum` word nodes (stops counting there). */
function hasWords(sentence: Sentence, minimum: number): boolean {
  return countWords(sentence.children, minimum, 0) >= minimum
}

/** `count` plus the word nodes in `nodes` and below them (not inside words), up to `minimum`. */
function countWords(nodes: readonly Node[], minimum: number, count: number): number {
  for (const node of nodes) {
    if (node.type === 'WordNode') {
      if (++count >= minimum) return count
      continue
    }
    const children = (node as {children?: Node[]}).children
    if (children) {
      count = countWords(children, minimum, count)
      if (count >= minimum) return count
    }
  }
  return count
}

/** Every word node inside a sentence (words can sit inside symbol-free wrappers such as sources). */
function forEachWord(sentence: Sentence, each: (value: string) => void): void {
  const stack: Node[] = []
  for (let index = sentence.children.length - 1; index >= 0; index--) stack.push(sentence.children[index])
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'WordNode') {
      each(nodeText(node as Nodes))
      continue
    }
    const children = (node as {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}

function fleschToAge(value: number): number {
  return 20 - Math.floor(value / 10)
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5)
}
