/**
 * number-consistency: one fact given two figures in one draft (a death toll
 * of 14 in one paragraph and 15 in another; a person aged 45 and then 46),
 * the seam left where two versions of a story were stitched together.
 * Documentation: rules/number-consistency/README.md.
 */
import {figureWords, outcomeFacts} from '../../src/lexicon/consistency.js'
import type {Sentence, Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'
import {figureAt, figureText, type Figure} from './figures.js'

interface Options {
  /** Compare people's ages given after their names (`Ana Ruiz, 45,`). */
  ages?: boolean
}

const outcomeFact = outcomeFacts
const updateWords = figureWords('update')
const hedgeWords = figureWords('hedge')
const otherWords = figureWords('other')
const genericWords = figureWords('generic')
const separateWords = figureWords('separate')
/** Words that may stand between a figure and its outcome (`14 people were reportedly killed`). */
const linkWords = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'be',
  'reportedly',
  'also',
  'confirmed',
  'believed',
  'feared'
])
/** Words that end the noun after a figure (`killed 14 people in …`). */
const nounStops = new Set([
  'in',
  'on',
  'at',
  'and',
  'or',
  'but',
  'of',
  'during',
  'after',
  'before',
  'when',
  'while',
  'as',
  'with',
  'from',
  'to',
  'for',
  'across',
  'near',
  'by',
  'since',
  'including',
  'who',
  'that',
  'which',
  'outside',
  'inside',
  'around',
  'into',
  'over',
  'under',
  'through',
  'along',
  'overnight',
  'yesterday',
  'today'
])
/** A relative clause may stand between a figure and its outcome (`the 35 people who were injured`). */
const relativeWords = new Set(['who', 'that'])

interface Frame {
  key: string
  /** What the draft counts, for the message (`people killed`, `Ruiz's age`). */
  label: string
  value: number
  hedged: boolean
  start: number
  end: number
  written: string
  sentence: Sentence
}

export default defineRule<Options>(
  {
    id: 'number-consistency',
    description: 'One fact given two different figures in one draft.',
    options: {ages: 'boolean'},
    defaults: {ages: true},
    messages: {figure: 'one counted fact (killed, injured, arrested …) given two figures', age: 'one person given two ages'}
  },
  ({document, options, report}) => {
    const frames: Frame[] = []
    for (const sentence of document.sentences) {
      readFrames(sentence, document.text, options.ages, frames)
    }
    const byKey = new Map<string, Frame[]>()
    for (const frame of frames) {
      if (document.insideQuotation(frame.start, frame.end)) continue
      const list = byKey.get(frame.key)
      if (list) list.push(frame)
      else byKey.set(frame.key, [frame])
    }
    for (const list of byKey.values()) {
      if (list.length < 2) continue
      // An update the copy states as one (`rose to 15`), or a second incident, is no contradiction.
      const isAge = list[0].key.startsWith('age|')
      if (
        !isAge &&
        list.some(
          (frame) =>
            sentenceHas(frame.sentence, updateWords) || sentenceHas(frame.sentence, separateWords) || frame.sentence.words.some(isYear)
        )
      )
        continue
      const first = list.find((frame) => !frame.hedged)
      if (!first) continue
      const reported = new Set<number>([first.value])
      for (const frame of list) {
        if (frame.hedged || reported.has(frame.value) || frame.start < first.start) continue
        reported.add(frame.value)
        const line = document.point(first.start).line
        report({
          messageId: isAge ? 'age' : 'figure',
          start: frame.start,
          end: frame.end,
          reason: isAge
            ? `Two ages for one person: ${frame.label} is \`${frame.written}\` here but \`${first.written}\` on line ${line}; check which is right`
            : `Two figures for one fact: ${frame.label} is \`${frame.written}\` here but \`${first.written}\` on line ${line}; check which is right, or say that the figure changed`
        })
      }
    }
  }
)

function sentenceHas(sentence: Sentence, words: ReadonlySet<string>): boolean {
  return sentence.words.some((word) => words.has(word.lower))
}

function readFrames(sentence: Sentence, text: string, ages: boolean, frames: Frame[]): void {
  const words = sentence.words
  for (let index = 0; index < words.length; index++) {
    const lower = words[index].lower
    if (ages) {
      const age = ageFrame(sentence, text, index)
      if (age) {
        frames.push(age)
        continue
      }
    }
    if (lower === 'toll' && words[index - 1]?.lower === 'death') {
      const frame = tollFrame(sentence, text, index)
      if (frame) frames.push(frame)
      continue
    }
    const figure = figureAt(words, sentence.tokens, index)
    if (!figure || isYear(words[index])) continue
    const frame = subjectFrame(sentence, text, figure) ?? objectFrame(sentence, text, figure)
    if (frame) frames.push(frame)
    index = figure.last
  }
}

function isYear(word: Token): boolean {
  return /^\d{4}$/.test(word.lower) && Number(word.lower) >= 1800 && Number(word.lower) <= 2200
}

function hedgedAt(words: readonly Token[], index: number): boolean {
  const before = words[index - 1]?.lower
  if (before === undefined) return false
  if (hedgeWords.has(before)) return true
  return (before === 'than' || before === 'to') && hedgeWords.has(words[index - 2]?.lower ?? '')
}

/** Only spaces (or a hyphen) between two words: they stand in one phrase. */
function joined(sentence: Sentence, left: Token, right: Token): boolean {
  for (let index = left.index + 1; index < right.index; index++) {
    const token = sentence.tokens[index]
    if (token.kind !== 'whitespace' && token.value !== '-') return false
  }
  return true
}

function frameFrom(sentence: Sentence, text: string, figure: Figure, fact: string, nouns: string[], hedged: boolean): Frame | undefined {
  if (nouns.some((noun) => otherWords.has(noun) || noun === 'more')) return undefined
  const subject = nouns.filter((noun) => !genericWords.has(noun)).map((noun) => noun.replace(/s$/, ''))
  const first = sentence.words[figure.first]
  const last = sentence.words[figure.last]
  return {
    key: fact + '|' + subject.join(' '),
    label: (subject.length > 0 ? nouns.join(' ') + ' ' : 'the number ') + fact,
    value: figure.value,
    hedged,
    start: first.start,
    end: last.end,
    written: figureText(text, sentence.words, figure),
    sentence
  }
}

/** `14 people were killed`, `14 dead`, `14 deaths`. */
function subjectFrame(sentence: Sentence, text: string, figure: Figure): Frame | undefined {
  const words = sentence.words
  const nouns: string[] = []
  let previous = words[figure.last]
  for (let index = figure.last + 1; index < words.length && index <= figure.last + 5; index++) {
    const word = words[index]
    if (!joined(sentence, previous, word)) return undefined
    const fact = outcomeFact.get(word.lower)
    if (fact) return frameFrom(sentence, text, figure, fact, nouns, hedgedAt(words, figure.first))
    if (relativeWords.has(word.lower)) {
      previous = word
      continue
    }
    if (nounStops.has(word.lower)) return undefined
    if (!linkWords.has(word.lower)) nouns.push(word.lower)
    previous = word
  }
  return undefined
}

/** `killed 14 people`, `arrested at least 30 protesters`. */
function objectFrame(sentence: Sentence, text: string, figure: Figure): Frame | undefined {
  const words = sentence.words
  const hedged = hedgedAt(words, figure.first)
  let verbIndex = figure.first - 1
  while (
    verbIndex >= 0 &&
    figure.first - verbIndex <= 3 &&
    (hedgeWords.has(words[verbIndex].lower) || ['at', 'than', 'to', 'an'].includes(words[verbIndex].lower))
  )
    verbIndex--
  const verb = words[verbIndex]
  if (!verb || !joined(sentence, verb, words[figure.first])) return undefined
  const fact = outcomeFact.get(verb.lower)
  // Nouns count as verbs' objects only in the past participle forms (`killed`, not `deaths 14`).
  if (!fact || !verb.lower.endsWith('ed')) return undefined
  const nouns: string[] = []
  let previous = words[figure.last]
  for (let index = figure.last + 1; index < words.length && nouns.length < 2; index++) {
    const word = words[index]
    if (!joined(sentence, previous, word) || nounStops.has(word.lower) || outcomeFact.has(word.lower)) break
    nouns.push(word.lower)
    previous = word
  }
  return frameFrom(sentence, text, figure, fact, nouns, hedged)
}

/** `the death toll stands at 14`, `a death toll of 14`. */
function tollFrame(sentence: Sentence, text: string, index: number): Frame | undefined {
  const words = sentence.words
  let previous = words[index]
  for (let at = index + 1; at < words.length && at <= index + 5; at++) {
    if (!joined(sentence, previous, words[at])) return undefined
    const figure = figureAt(words, sentence.tokens, at)
    if (figure) return frameFrom(sentence, text, figure, 'killed', [], hedgedAt(words, at))
    previous = words[at]
  }
  return undefined
}

/** `Ruiz, 45,` and `the 45-year-old Ruiz`: a person's age, keyed by the surname. */
function ageFrame(sentence: Sentence, text: string, index: number): Frame | undefined {
  const words = sentence.words
  const word = words[index]
  const hyphenated = /^(\d{1,3})-year-old$/.exec(word.lower)
  if (hyphenated) {
    let last = index + 1
    while (last < words.length && isCapitalised(words[last]) && joined(sentence, words[last - 1], words[last])) last++
    if (last === index + 1) return undefined
    return ageOf(sentence, words[last - 1].value, Number(hyphenated[1]), word.start, word.start + hyphenated[1].length, text)
  }
  if (!/^\d{1,3}$/.test(word.lower) || index === 0) return undefined
  const name = words[index - 1]
  const tokens = sentence.tokens
  const before = tokens[word.index - 1]?.kind === 'whitespace' ? tokens[word.index - 2] : tokens[word.index - 1]
  const after = tokens[word.index + 1]
  if (!isCapitalised(name) || before?.value !== ',' || before.index !== name.index + 1 || after?.value !== ',') return undefined
  const value = Number(word.lower)
  if (value < 1 || value > 115) return undefined
  return ageOf(sentence, name.value, value, word.start, word.end, text)
}

function ageOf(sentence: Sentence, surname: string, value: number, start: number, end: number, text: string): Frame {
  return {key: 'age|' + surname, label: `${surname}'s age`, value, hedged: false, start, end, written: text.slice(start, end), sentence}
}

function isCapitalised(word: Token): boolean {
  const first = word.value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
