/**
 * A list of ~275,000 English words (npm `an-array-of-english-words`, MIT),
 * lower case: a capitalised word found here may be a common word rather than
 * a name (`Major`, `Brown` at the start of a sentence).
 *
 * The list is not in the bundle: it ships as one sorted, newline-joined file
 * (dist/english-words.txt, written at build time by scripts/english-words.ts;
 * each word followed by its syllable count, english-words-format.ts),
 * read on first use as bytes (off the JavaScript heap, nothing to decode) and
 * searched by bisection on the bytes themselves: each step steps back from its
 * midpoint to the start of a line, so no process pays for 275,000 strings, a
 * set of them, or even an index of line offsets (a scan of 2.8 MB for line ends
 * at every start).
 */
import {syllableBase, unknownSyllables} from './english-words-format.js'
import {loadEnglishWords} from './english-words-source.js'

let list: Uint8Array | undefined

function load(): Uint8Array {
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
    found = search(word) !== -1
    if (answers.size >= answersLimit) answers.clear()
    answers.set(word, found)
  }
  return found
}

/**
 * The syllables of a word in the list (lower case, as given), as `syllable` counts them; undefined
 * for a word not in the list, or a list without counts (the playground's).
 */
export function englishSyllables(word: string): number | undefined {
  const trailer = search(word)
  if (trailer === -1) return undefined
  const code = load()[trailer]
  return code === unknownSyllables ? undefined : code - syllableBase
}

/** Where the word's line has its syllable character, or -1 when the word is not in the list. */
function search(word: string): number {
  const bytes = load()
  // The lines in [low, high) are yet to be ruled out; low is always the start of a line, high the
  // start of one (or one past the end), so a midpoint's line lies wholly inside the range.
  let low = 0
  let high = bytes.length + 1
  while (low < high) {
    const middle = (low + high) >>> 1
    // lastIndexOf(newline, -1) would search from the end: the line at 0 has no newline before it.
    const start = middle === 0 ? 0 : bytes.lastIndexOf(newline, middle - 1) + 1
    let end = bytes.indexOf(newline, start)
    if (end === -1) end = bytes.length
    // The line's last character is its syllable count, not part of the word.
    const order = compare(word, bytes, start, end - 1)
    if (order === 0) return end - 1
    if (order < 0) high = start
    else low = end + 1
  }
  return -1
}

const newline = 0x0a

/** `word` against the line `bytes[start, end)` in code-unit order (the order the list is sorted in; the list is ASCII). */
function compare(word: string, bytes: Uint8Array, start: number, end: number): number {
  const length = Math.min(word.length, end - start)
  for (let index = 0; index < length; index++) {
    const difference = word.charCodeAt(index) - bytes[start + index]
    if (difference !== 0) return difference
  }
  return word.length - (end - start)
}
