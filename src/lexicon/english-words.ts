/**
 * A list of ~275,000 English words (npm `an-array-of-english-words`, MIT),
 * lower case: a capitalised word found here may be a common word rather than
 * a name (`Major`, `Brown` at the start of a sentence).
 *
 * The list is not in the bundle: it ships as one sorted, newline-joined file
 * (dist/english-words.txt, written at build time by scripts/english-words.ts),
 * read on first use and searched by bisection on the string itself: each step steps back from
 * its midpoint to the start of a line, so no process pays for 275,000 strings, a set of them, or
 * even an index of line offsets (a scan of 2.8 MB for line ends at every start).
 */
import {loadEnglishWords} from './english-words-source.js'

let list: string | undefined

function load(): string {
  if (list === undefined) list = loadEnglishWords()
  return list
}

/**
 * Answers already given, per process: a draft asks about the same few thousand words again and
 * again (`the`, `said`), and a lookup here costs less than a bisection of 18 steps. Bounded, so
 * a hostile draft cannot grow it without end.
 */
const answers = new Map<string, boolean>()
const answersLimit = 50000

/** Is `word` (exactly as given: the list is lower case) in the list? */
export function isEnglishWord(word: string): boolean {
  let found = answers.get(word)
  if (found === undefined) {
    found = search(word)
    if (answers.size >= answersLimit) answers.clear()
    answers.set(word, found)
  }
  return found
}

function search(word: string): boolean {
  const text = load()
  // The lines in [low, high) are yet to be ruled out; low is always the start of a line, high the
  // start of one (or one past the end), so a midpoint's line lies wholly inside the range.
  let low = 0
  let high = text.length + 1
  while (low < high) {
    const start = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const order = compare(word, text, start, end)
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
