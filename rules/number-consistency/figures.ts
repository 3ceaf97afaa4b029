/**
 * Figures in running text: a number (digits, `1,200`, number words, a scale
 * word after it), money (a currency and a scale: `$2.1bn`, `€40m`,
 * `2.1 billion euros`) and percentages (`12%`, `12 per cent`), read from a
 * sentence's tokens.
 */
import {currencies} from '../../src/lexicon/consistency.js'
import type {Token} from '../../src/analysis/text.js'

// Maps, not object literals: `constructor` or `toString` in a draft is not a number word.
const units: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12
  })
)
const scales: ReadonlyMap<string, number> = new Map(
  Object.entries({hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12})
)
/** Scales written onto the digits (`2.1bn`, `40m`, `300k`). */
const suffixScales: ReadonlyMap<string, number> = new Map(Object.entries({k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12}))

// Compiled once: a pattern written inside a function is a new object at every call (wordValue runs for every word).
const plainNumber = /^\d[\d.]*$/
const threeDigits = /^\d{3}$/
const digits = /^\d+$/

export interface Figure {
  value: number
  /** Index of the first and last word of the figure in the word list. */
  first: number
  last: number
}

/** The value of one number word or digits (`14`, `1.5`, `fourteen`, `twenty-one`), or undefined. */
function wordValue(lower: string): number | undefined {
  // Digits with at most one decimal point inside (`14`, `1.5`), checked without a nested quantifier.
  if (plainNumber.test(lower) && !lower.endsWith('.') && lower.indexOf('.') === lower.lastIndexOf('.')) return Number(lower)
  return numberWordValue(lower)
}

/** The value of a number word (`fourteen`, `twenty-one`), or undefined: `wordValue` past its digits. */
function numberWordValue(lower: string): number | undefined {
  const unit = units.get(lower)
  if (unit !== undefined) return unit
  const dash = lower.indexOf('-')
  if (dash > 0) {
    const tens = units.get(lower.slice(0, dash))
    const one = units.get(lower.slice(dash + 1))
    if (tens !== undefined && one !== undefined && tens >= 20 && tens % 10 === 0 && one < 10) return tens + one
  }
  return undefined
}

/**
 * Can a figure, an amount, a percentage or an age start with this word? Only
 * digits or a number word can: most words are neither, and skip the readers.
 */
export function mayOpenFigure(lower: string): boolean {
  const code = lower.charCodeAt(0)
  // Past a first digit only a number word can: no digit pattern to test on every word.
  return (code >= 48 && code <= 57) || numberWordValue(lower) !== undefined
}

/** The figure that starts at `words[index]`, with `1,200` joined and a scale word applied. */
export function figureAt(words: readonly Token[], tokens: readonly Token[], index: number): Figure | undefined {
  const word = words[index]
  let value = wordValue(word.lower)
  if (value === undefined) return undefined
  let last = index
  // `1,200`: digits, a comma and three digits with no space between.
  while (last + 1 < words.length && threeDigits.test(words[last + 1].lower) && digits.test(words[last].lower)) {
    const comma = tokens[words[last].index + 1]
    if (!comma || comma.value !== ',' || comma.end !== words[last + 1].start || comma.start !== words[last].end) break
    value = value * 1000 + Number(words[last + 1].lower)
    last++
  }
  const scale = words[last + 1] ? scales.get(words[last + 1].lower) : undefined
  if (scale !== undefined) {
    value *= scale
    last++
  }
  return {value, first: index, last}
}

/** How a figure is written, for a message: digits as in the draft. */
export function figureText(text: string, words: readonly Token[], figure: Figure): string {
  return text.slice(words[figure.first].start, words[figure.last].end)
}

export interface Amount extends Figure {
  /** ISO 4217 code (`usd`, `eur`). */
  currency: string
  /** Offsets of the amount as written, currency included. */
  start: number
  end: number
}

/** Money that starts at `words[index]`: `$2.1bn`, `US$2.1 billion`, `€40m`, `EUR 40 million`, `2.1 billion euros`. */
export function amountAt(words: readonly Token[], tokens: readonly Token[], index: number): Amount | undefined {
  const word = words[index]
  let figure: Figure | undefined
  const digits = leadingNumber(word.lower)
  const suffix = word.lower.slice(digits.length)
  if (digits.length > 0 && suffix.length > 0) {
    const value = wordValue(digits)
    const scale = suffixScales.get(suffix)
    if (value === undefined || scale === undefined) return undefined
    figure = {value: value * scale, first: index, last: index}
  } else figure = figureAt(words, tokens, index)
  if (!figure) return undefined
  const before = currencyBefore(tokens, word.index)
  if (before) return {...figure, currency: before.currency, start: before.start, end: words[figure.last].end}
  const after = words[figure.last + 1]
  const named = after && tokens[after.index - 1]?.kind === 'whitespace' ? currencies.get(after.lower) : undefined
  if (!named || !/^[a-z]/.test(after.lower)) return undefined
  return {...figure, last: figure.last + 1, currency: named, start: word.start, end: after.end}
}

/** The digits and decimal point that open a word (`2.1` of `2.1bn`), walked without a regular expression. */
function leadingNumber(lower: string): string {
  let end = 0
  while (end < lower.length && ((lower[end] >= '0' && lower[end] <= '9') || lower[end] === '.')) end++
  return lower.slice(0, end)
}

/** A currency sign or code right before the number: `$`, `US$`, `€`, `R$`, or `EUR ` with a space. */
function currencyBefore(tokens: readonly Token[], numberIndex: number): {currency: string; start: number} | undefined {
  const previous = tokens[numberIndex - 1]
  if (!previous) return undefined
  if (previous.kind === 'whitespace') {
    const code = tokens[numberIndex - 2]
    if (code && code.kind === 'word' && /^[A-Z]{3}$/.test(code.value)) {
      const currency = currencies.get(code.lower)
      return currency ? {currency, start: code.start} : undefined
    }
    return undefined
  }
  if (previous.kind !== 'symbol' || previous.end !== tokens[numberIndex].start) return undefined
  const prefix = tokens[numberIndex - 2]
  if (prefix && prefix.kind === 'word' && prefix.end === previous.start) {
    const currency = currencies.get(prefix.lower + previous.value)
    return currency ? {currency, start: prefix.start} : undefined
  }
  const currency = currencies.get(previous.value)
  return currency ? {currency, start: previous.start} : undefined
}

export interface Share extends Figure {
  start: number
  end: number
}

/** A percentage that starts at `words[index]`: `12%`, `12.5 per cent`, `12 percent`. */
export function percentageAt(words: readonly Token[], tokens: readonly Token[], index: number): Share | undefined {
  const word = words[index]
  const value = /^\d/.test(word.lower) ? wordValue(word.lower) : undefined
  if (value === undefined) return undefined
  const sign = tokens[word.index + 1]
  if (sign && sign.value === '%' && sign.start === word.end) return {value, first: index, last: index, start: word.start, end: sign.end}
  const next = words[index + 1]
  if (next?.lower === 'percent') return {value, first: index, last: index + 1, start: word.start, end: next.end}
  if (next?.lower === 'per' && words[index + 2]?.lower === 'cent')
    return {value, first: index, last: index + 2, start: word.start, end: words[index + 2].end}
  return undefined
}
