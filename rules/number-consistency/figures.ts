/**
 * Figures in running text: a number (digits, `1,200`, number words, a scale
 * word after it) and the hedge before it (`at least`, `about`), read from a
 * sentence's tokens.
 */
import type {Token} from '../../src/analysis/text.js'

const units: Record<string, number> = {
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
}
const scales: Record<string, number> = {hundred: 100, thousand: 1000, million: 1e6, billion: 1e9}

export interface Figure {
  value: number
  /** Index of the first and last word of the figure in the word list. */
  first: number
  last: number
}

/** The value of one number word or digits (`14`, `1.5`, `fourteen`, `twenty-one`), or undefined. */
function wordValue(lower: string): number | undefined {
  // Digits with at most one decimal point inside (`14`, `1.5`), checked without a nested quantifier.
  if (/^\d[\d.]*$/.test(lower) && !lower.endsWith('.') && lower.indexOf('.') === lower.lastIndexOf('.')) return Number(lower)
  if (lower in units) return units[lower]
  const dash = lower.indexOf('-')
  if (dash > 0) {
    const tens = units[lower.slice(0, dash)]
    const one = units[lower.slice(dash + 1)]
    if (tens !== undefined && one !== undefined && tens >= 20 && tens % 10 === 0 && one < 10) return tens + one
  }
  return undefined
}

/** The figure that starts at `words[index]`, with `1,200` joined and a scale word applied. */
export function figureAt(words: readonly Token[], tokens: readonly Token[], index: number): Figure | undefined {
  const word = words[index]
  let value = wordValue(word.lower)
  if (value === undefined) return undefined
  let last = index
  // `1,200`: digits, a comma and three digits with no space between.
  while (last + 1 < words.length && /^\d{3}$/.test(words[last + 1].lower) && /^\d+$/.test(words[last].lower)) {
    const comma = tokens[words[last].index + 1]
    if (!comma || comma.value !== ',' || comma.end !== words[last + 1].start || comma.start !== words[last].end) break
    value = value * 1000 + Number(words[last + 1].lower)
    last++
  }
  const scale = words[last + 1] ? scales[words[last + 1].lower] : undefined
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
