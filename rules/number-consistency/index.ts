/**
 * number-consistency: one fact given two figures in one draft (a death toll
 * of 14 in one paragraph and 15 in another; a person aged 45 and then 46),
 * the seam left where two versions of a story were stitched together.
 * Documentation: rules/number-consistency/README.md.
 */
import {figureWords, functionWords, moneyFacts, outcomeFacts, percentFacts} from '../../src/lexicon/consistency.js'
import type {Sentence, Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'
import {amountAt, figureAt, figureText, mayOpenFigure, percentageAt, type Figure} from './figures.js'

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
    messages: {
      figure: 'one counted fact (killed, injured, arrested …) given two figures',
      age: 'one person given two ages',
      money: 'one sum (cost, fine, value) given two amounts',
      percentage: 'one rate (turnout, unemployment …) given two percentages'
    }
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
      const kind = list[0].key.startsWith('money|') ? 'money' : list[0].key.startsWith('percent|') ? 'percentage' : isAge ? 'age' : 'figure'
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
        if (frame.hedged || frame.start < first.start || [...reported].some((value) => sameValue(value, frame.value))) continue
        reported.add(frame.value)
        const line = document.point(first.start).line
        report({
          messageId: kind,
          start: frame.start,
          end: frame.end,
          reason: isAge
            ? `Two ages for one person: ${frame.label} is \`${frame.written}\` here but \`${first.written}\` on line ${line}; check which is right`
            : kind !== 'figure'
              ? `Two ${kind === 'money' ? 'amounts' : 'percentages'} for one fact: ${frame.label} is \`${frame.written}\` here but \`${first.written}\` on line ${line}; check which is right, or say that it changed`
              : `Two figures for one fact: ${frame.label} is \`${frame.written}\` here but \`${first.written}\` on line ${line}; check which is right, or say that the figure changed`
        })
      }
    }
  }
)

/** `$2.1bn` and `$2.1 billion` are one amount; compared with a tolerance for decimals. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

function sentenceHas(sentence: Sentence, words: ReadonlySet<string>): boolean {
  return sentence.words.some((word) => words.has(word.lower))
}

/** A money amount or a percentage read at `index`, with its frame if it has one: both are read alike. */
function measureAt<Measure extends {last: number}>(
  sentence: Sentence,
  text: string,
  index: number,
  read: (words: Sentence['words'], tokens: Sentence['tokens'], index: number) => Measure | undefined,
  frameOf: (sentence: Sentence, text: string, measure: Measure) => Frame | undefined
): {frame: Frame | undefined; last: number} | undefined {
  const measure = read(sentence.words, sentence.tokens, index)
  return measure && {frame: frameOf(sentence, text, measure), last: measure.last}
}

function readFrames(sentence: Sentence, text: string, ages: boolean, frames: Frame[]): void {
  const words = sentence.words
  for (let index = 0; index < words.length; index++) {
    const lower = words[index].lower
    if (lower !== 'toll' && !mayOpenFigure(lower)) continue
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
    const measure = measureAt(sentence, text, index, amountAt, moneyFrame) ?? measureAt(sentence, text, index, percentageAt, percentFrame)
    if (measure) {
      if (measure.frame) frames.push(measure.frame)
      index = measure.last
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

/** Words between a money verb and its amount (`cost about $2bn`, `valued at €40m`). */
const amountLeads = new Set(['at', 'than', 'an', 'a', 'of', 'to'])
/** Words that may stand between what a sum is about and its verb (`the bridge has cost`, `was valued`). */
const auxiliaries = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'be',
  'been',
  'also',
  'eventually',
  'finally'
])

/**
 * `the bridge cost $2.1bn`, `the contract is worth €40m`, `the company was valued at ¥300bn`, `the
 * regulator fined Lakeside Bank £40m`: an amount bound to a money verb and to what it is about (the
 * word before the verb, or the object of `fined`), keyed with its currency. Without that word no frame.
 */
function moneyFrame(sentence: Sentence, text: string, amount: ReturnType<typeof amountAt> & {}): Frame | undefined {
  const words = sentence.words
  // A currency code before the number (`EUR 40 million`) is part of the amount.
  const opening = words[amount.first - 1]?.start === amount.start ? amount.first - 1 : amount.first
  let at = opening - 1
  while (at >= 0 && opening - at <= 3 && (hedgeWords.has(words[at].lower) || amountLeads.has(words[at].lower))) at--
  let about: Token | undefined
  let fact = at >= 0 ? moneyFacts.get(words[at].lower) : undefined
  if (fact && fact !== 'fine') {
    let subject = at - 1
    while (subject >= 0 && auxiliaries.has(words[subject].lower)) subject--
    about = words[subject]
  } else if (!fact) {
    // `fined Lakeside Bank £40m`: the object between the verb and the amount.
    for (let back = at; back >= 0 && at - back < 3; back--) {
      if (moneyFacts.get(words[back].lower) === 'fine') {
        fact = 'fine'
        about = words[at]
        break
      }
    }
  } else return undefined
  if (!fact || !about || functionWords.has(about.lower) || !plainBetween(sentence, about, words[opening])) return undefined
  const subject = about.lower.replace(/'s$/, '')
  return {
    key: `money|${fact}|${subject}|${amount.currency}`,
    label: `the ${fact === 'fine' ? 'fine on' : fact === 'cost' ? 'cost of' : 'value of'} ${isCapitalised(about) ? '' : 'the '}${about.value.replace(/['\u2019]s$/, '')}`,
    value: amount.value,
    hedged: hedgedAt(words, opening),
    start: amount.start,
    end: amount.end,
    written: text.slice(amount.start, amount.end),
    sentence
  }
}

/** Words between a rate and its percentage (`turnout was 64%`, `unemployment stood at 7.2%`, `an approval rating of 41%`). */
const shareLinks = new Set(['was', 'is', 'were', 'stood', 'stands', 'at', 'of', 'rate', 'rating', 'figure', 'hit'])

/** `turnout was 64%`, `youth unemployment of 21 per cent`: a percentage bound to a rate word before it, and to the word before that (`youth`, `Spain's`). */
function percentFrame(sentence: Sentence, text: string, share: ReturnType<typeof percentageAt> & {}): Frame | undefined {
  const words = sentence.words
  let at = share.first - 1
  while (at >= 0 && share.first - at <= 4 && (shareLinks.has(words[at].lower) || hedgeWords.has(words[at].lower))) at--
  const fact = at >= 0 ? percentFacts.get(words[at].lower) : undefined
  if (!fact || !plainBetween(sentence, words[at], words[share.first])) return undefined
  const before = words[at - 1]
  const subject = before && rateOwner(before, at - 1) && plainBetween(sentence, before, words[at]) ? before.lower.replace(/'s$/, '') : ''
  return {
    key: `percent|${fact}|${subject}`,
    label: subject ? `${before.value} ${fact}` : fact,
    value: share.value,
    hedged: hedgedAt(words, share.first),
    start: share.start,
    end: share.end,
    written: text.slice(share.start, share.end),
    sentence
  }
}

/** Words that narrow a rate to a group (`youth unemployment`, `core inflation`). */
const rateModifiers = new Set(['youth', 'core', 'headline', 'long-term', 'female', 'male', 'voter'])

/** The word before a rate names whose rate it is: a possessive (`Spain's`), a name inside the sentence, or a modifier. */
function rateOwner(word: Token, index: number): boolean {
  if (/'s$/.test(word.lower) || rateModifiers.has(word.lower)) return true
  const first = word.value.charAt(0)
  return index > 0 && first !== first.toLowerCase()
}

/** No punctuation from one word up to another word of a sentence (a currency sign before the second is part of its amount). */
function plainBetween(sentence: Sentence, from: Token, to: Token): boolean {
  for (let index = from.index + 1; index < to.index; index++) {
    if (sentence.tokens[index].kind === 'punctuation') return false
  }
  return true
}
