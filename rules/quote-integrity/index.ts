/**
 * quote-integrity: one quotation given twice in one draft with different
 * wording, or credited to two different speakers. A quotation repeated word
 * for word, or a fragment of a longer one, is fine.
 * Documentation: rules/quote-integrity/README.md.
 */
import {quoteSpeakersOf, type QuoteSpeaker} from '../../src/analysis/attributions.js'
import type {Quotation} from '../../src/analysis/quotes.js'
import {functionWords} from '../../src/lexicon/consistency.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'
import {creditOf, differentSpeakers, labelledAnswers} from './speakers.js'

interface Options {
  /** Quotations shorter than this many words are not compared. */
  minWords?: number
  /** Share of words two wordings must have in common to be one quotation (0 to 1). */
  similarity?: number
}

/** Words a shingle holds: three in a row shared is already rare between two different quotations. */
const shingleSize = 3
/** Earlier quotations kept per shingle: bounds the work on a draft that repeats one phrase throughout. */
const maxPerShingle = 8
/** Content words two wordings must share before they can be one quotation. */
const minSharedContent = 3

interface Quote {
  quotation: Quotation
  /** Who the analysis found saying it. */
  found: QuoteSpeaker
  words: string[]
  line: number
}

export default defineRule<Options>(
  {
    id: 'quote-integrity',
    description: 'One quotation given twice with different words, or credited to two speakers.',
    options: {minWords: 'number', similarity: 'number'},
    defaults: {minWords: 6, similarity: 0.75},
    messages: {'two-wordings': 'one quotation given twice in different words', 'two-speakers': 'one quotation credited to two speakers'}
  },
  ({document, options, report}) => {
    const quotes: Quote[] = []
    const transcript = labelledAnswers(document)
    for (const found of quoteSpeakersOf(document)) {
      const quotation = found.quotation
      if (transcript.has(quotation.paragraph)) continue
      const words = quotation.tokens.filter((token) => token.kind === 'word').map((token) => token.lower.replace(/\u2019/g, "'"))
      if (words.length >= options.minWords) quotes.push({quotation, found, words, line: document.point(quotation.start).line})
    }
    const byShingle = new Map<string, number[]>()
    for (let index = 0; index < quotes.length; index++) {
      const quote = quotes[index]
      const shared = new Map<number, number>()
      for (const shingle of shingles(quote.words)) {
        const earlier = byShingle.get(shingle)
        if (earlier) {
          for (const other of earlier) shared.set(other, (shared.get(other) ?? 0) + 1)
          if (earlier.length < maxPerShingle && earlier[earlier.length - 1] !== index) earlier.push(index)
        } else byShingle.set(shingle, [index])
      }
      for (const [other, count] of shared) {
        if (count < 2) continue
        const first = quotes[other]
        if (compare(first, quote, options.similarity)) break
      }
    }

    /** Report the later of two quotations that are one; true when reported. */
    function compare(first: Quote, later: Quote, similarity: number): boolean {
      const same = first.words.join(' ') === later.words.join(' ')
      if (same) {
        const a = creditOf(first.found)
        const b = creditOf(later.found)
        if (!a || !b || !differentSpeakers(a, b)) return false
        report({
          messageId: 'two-speakers',
          start: later.quotation.start,
          end: later.quotation.end,
          reason: `One quotation, two speakers: these words are credited here to \`${b.text}\` and on line ${first.line} to \`${a.text}\`; check who said them`
        })
        return true
      }
      if (contains(first.words, later.words) || contains(later.words, first.words)) return false
      if (overlap(first.words, later.words) < similarity) return false
      const [here, there] = firstDifference(later.words, first.words)
      report({
        messageId: 'two-wordings',
        start: later.quotation.start,
        end: later.quotation.end,
        reason: `One quotation, two wordings: this is the quotation on line ${first.line} with other words (\`${here}\` here, \`${there}\` there); quote it one way`
      })
      return true
    }
  }
)

function* shingles(words: readonly string[]): Generator<string> {
  const seen = new Set<string>()
  for (let index = 0; index + shingleSize <= words.length; index++) {
    const shingle = words.slice(index, index + shingleSize).join(' ')
    if (seen.has(shingle)) continue
    seen.add(shingle)
    yield shingle
  }
}

/** Whether `inner` is a run of words inside `outer` (a fragment quoted again). */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false
  const text = ' ' + outer.join(' ') + ' '
  return text.includes(' ' + inner.join(' ') + ' ')
}

/**
 * Content words in common, as a share of the longer wording's content words:
 * `will stay open … mayor` and `is going to stay open … the mayor` share
 * nearly all of theirs, while two sentences on one frame (`There is a real
 * party of peace` / `… of smaller government`) share few.
 */
function overlap(allA: readonly string[], allB: readonly string[]): number {
  const a = allA.filter((word) => !functionWords.has(word)).map(stem)
  const b = allB.filter((word) => !functionWords.has(word)).map(stem)
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of b) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      common++
      counts.set(word, left - 1)
    }
  }
  return common < minSharedContent ? 0 : common / Math.max(a.length, b.length)
}

/** A crude stem, enough to match inflections of one word (`costs`, `costing`, `cost`). */
function stem(word: string): string {
  if (word.length <= 4) return word
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length)
  }
  return word
}

/** The first words where two wordings part: `[here, there]`. */
function firstDifference(a: readonly string[], b: readonly string[]): [string, string] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const clip = (words: readonly string[]) => (words.length > 4 ? words.slice(0, 4).join(' ') + ' …' : words.join(' ') || '(nothing)')
  return [clip(a.slice(start, endA)), clip(b.slice(start, endB))]
}
