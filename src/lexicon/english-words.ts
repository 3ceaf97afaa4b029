/**
 * A list of ~275,000 English words (npm `an-array-of-english-words`, MIT),
 * lower case: a capitalised word found here may be a common word rather than
 * a name (`Major`, `Brown` at the start of a sentence).
 *
 * The list is not in the bundle: it ships as one sorted, newline-joined file
 * (dist/english-words.txt, written at build time by scripts/english-words.ts),
 * read on first use and searched by bisection on the string itself (with a
 * typed array of line offsets), so no process pays for 275,000 strings or a
 * set of them at start-up.
 */
import {loadEnglishWords} from './english-words-source.js'

let list: string | undefined
/** Where each line starts: 275,000 offsets in one typed array, so bisection never scans for line ends. */
let starts: Int32Array | undefined

function load(): void {
  if (list !== undefined && starts !== undefined) return
  list = loadEnglishWords()
  // One pass over the text, not a count and then a fill (half the cost, at every start): the lines are
  // distinct words (scripts/english-words.ts), so at most one is empty and there are at most length / 2 + 1.
  const offsets = new Int32Array((list.length >> 1) + 2)
  let lines = 1
  for (let index = list.indexOf('\n'); index >= 0; index = list.indexOf('\n', index + 1)) {
    if (lines === offsets.length - 1) throw new Error('The English word list has repeated lines: run `npm run build`')
    offsets[lines++] = index + 1
  }
  // A sentinel one past the end, as if the last line ended with a newline.
  offsets[lines] = list.length + 1
  starts = offsets.slice(0, lines + 1)
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
  load()
  const text = list!
  const lineStarts = starts!
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    const order = compare(word, text, lineStarts[middle], lineStarts[middle + 1] - 1)
    if (order === 0) return true
    if (order < 0) high = middle
    else low = middle + 1
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
