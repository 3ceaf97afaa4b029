/**
 * A list of ~275,000 English words (npm `an-array-of-english-words`, MIT),
 * lower case: a capitalised word found here may be a common word rather than
 * a name (`Major`, `Brown` at the start of a sentence).
 *
 * The list is not in the bundle: it ships as one sorted, newline-joined file
 * (dist/english-words.txt, written at build time by scripts/english-words.ts),
 * read on first use and searched by bisection on the string itself, so no
 * process pays for 275,000 strings or a set of them at start-up.
 */
import {loadEnglishWords} from './english-words-source.js'

let list: string | undefined

/** Is `word` (exactly as given: the list is lower case) in the list? */
export function isEnglishWord(word: string): boolean {
  list ??= loadEnglishWords()
  let low = 0
  let high = list.length
  // [low, high) always starts at a line start and ends at a line end.
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = list.lastIndexOf('\n', middle - 1) + 1
    let end = list.indexOf('\n', start)
    if (end < 0) end = list.length
    const order = compare(word, list, start, end)
    if (order === 0) return true
    if (order < 0) high = start
    else low = end + 1
  }
  return false
}

/** `word` against `text.slice(start, end)` in code-unit order (the order the list is sorted in), without the slice. */
function compare(word: string, text: string, start: number, end: number): number {
  const length = Math.min(word.length, end - start)
  for (let index = 0; index < length; index++) {
    const difference = word.charCodeAt(index) - text.charCodeAt(start + index)
    if (difference !== 0) return difference
  }
  return word.length - (end - start)
}
