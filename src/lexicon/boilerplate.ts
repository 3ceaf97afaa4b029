/**
 * Boilerplate line patterns (data/boilerplate.json) and how a line is
 * compared with them. See the data file's `_doc` for the matching rules.
 */
import data from '../../data/boilerplate.json' with {type: 'json'}
import {compileOnce} from './compile-once.js'

export interface BoilerplatePattern {
  text: string
  match: 'whole' | 'start' | 'anywhere' | 'label' | 'social'
  maxWords?: number
  endsWithoutPeriod?: boolean
  wholeSentence?: boolean
  category: string
  origin?: string
}

// JSON gives `match` as a string; data/schema/boilerplate.schema.json (tested) holds it to the union.
export const boilerplatePatterns: readonly BoilerplatePattern[] = data.entries as BoilerplatePattern[]

/** Lower case, straight quotes, single spaces. */
export function normalizeLine(text: string): string {
  const lower = text.toLowerCase()
  // Most lines need nothing more: a scan spares four regular expressions over the line.
  return isNormal(lower) ? lower : normalizeQuotesAndSpaces(lower)
}

/**
 * No curly quote, and white space only as single spaces between words. One
 * regular expression of plain alternatives (linear, and native even in a cold
 * process, where a character loop runs interpreted).
 */
const notNormal = /[^\S ]|[\u2018\u2019\u201a\u02bc\u201c\u201d\u201e]| {2}|^ | $/u
function isNormal(text: string): boolean {
  return !notNormal.test(text)
}

function normalizeQuotesAndSpaces(lower: string): string {
  return (
    lower
      .replace(/[\u2018\u2019\u201a\u02bc]/g, "'")
      // Guillemets stay: they are breadcrumb separators (`Home » News`) as often as quote marks.
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

const leadingMarks = new Set([...'•·|*-–—>#»›→▶►■□◆'])
const trailingMarks = new Set([...'.:!»›→…|*-–—>·•▶►'])

/** For whole-line patterns: drop a leading bullet or pipe and trailing punctuation. */
export function stripLineMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (leadingMarks.has(text.charAt(start)) || text.charAt(start) === ' ')) start++
  while (end > start && (trailingMarks.has(text.charAt(end - 1)) || text.charAt(end - 1) === ' ')) end--
  return text.slice(start, end)
}

/** Share-bar targets (`Facebook`, `Email`): a line of two or more of them is residue. */
export const socialTargets: ReadonlySet<string> = new Set(
  boilerplatePatterns.filter((pattern) => pattern.match === 'social').map((pattern) => pattern.text)
)

/**
 * Label words of credit lines (`Source:`, `Image:`): a paragraph opening with one is
 * residue, not a speaker's label in an interview transcript.
 */
export const residueLabels: ReadonlySet<string> = new Set(
  boilerplatePatterns
    .filter((pattern) => pattern.match === 'start' && pattern.category === 'source-line' && /^\p{L}+:$/u.test(pattern.text))
    .map((pattern) => pattern.text.slice(0, -1))
)

/** Does `text` contain `phrase` as whole words (no letter or digit touching it)? */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + phrase.length)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }
  return false
}

const endsAsSentence = /[.?!]["'’”)\]]*$/

/** `Updated 5 min ago`, `updated: 2 hours ago`. */
const timestamp = /^updated:? \d{1,3} (?:min|mins|minutes?|hours?|hrs?|days?) ago$/

/** The words of a normalised line, punctuation dropped (`facebook`, `twitter`, `copy link` stays two). */
function lineWords(line: string): string[] {
  return line.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word.length > 0)
}

/**
 * At most as many words as `lineWords` finds: space-separated runs with an
 * ASCII letter or digit (each holds at least one of its words).
 */
function fewestWords(line: string): number {
  let count = 0
  let counted = false
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 32) counted = false
    else if (!counted && ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90))) {
      counted = true
      count++
    }
  }
  return count
}

/** Residue that needs no pattern of its own: a page timestamp, or a share bar of social targets. */
export function residueShape(line: string): string | undefined {
  if (timestamp.test(stripLineMarks(line))) return 'timestamp'
  // Most lines are prose, far longer than a share bar: a count spares splitting them into words.
  if (fewestWords(line) > 12) return undefined
  const words = lineWords(line)
  if (words.length < 2 || words.length > 12) return undefined
  let index = 0
  let targets = 0
  while (index < words.length) {
    const pair = index + 1 < words.length ? words[index] + ' ' + words[index + 1] : ''
    if (pair && socialTargets.has(pair)) index += 2
    else if (socialTargets.has(words[index])) index++
    else return undefined
    targets++
  }
  return targets >= 2 ? 'share-prompt' : undefined
}

/**
 * Does the normalised line match the pattern? `wordCount` counts the line's words;
 * `whole` is false for a line that hard wrapping cut out of a longer sentence,
 * which only whole-line and start patterns may judge.
 */
export function matchesBoilerplate(pattern: BoilerplatePattern, line: string, wordCount: number, whole = true): boolean {
  if (pattern.match === 'whole') return stripLineMarks(line) === pattern.text
  if (pattern.match === 'social') return false
  if (pattern.match === 'anywhere' || pattern.match === 'label') {
    if (!whole || (pattern.maxWords !== undefined && wordCount > pattern.maxWords)) return false
    if (pattern.match === 'label' && endsAsSentence.test(line)) return false
    return containsWords(line, pattern.text)
  }
  if (pattern.wholeSentence && !whole) return false
  const text = stripLeading(line)
  if (!text.startsWith(pattern.text)) return false
  const next = text.charAt(pattern.text.length)
  if (next !== '' && /\p{L}/u.test(next)) return false
  if (pattern.maxWords !== undefined && wordCount > pattern.maxWords) return false
  if (pattern.endsWithoutPeriod && /[.?!]["')\]]*$/.test(text)) return false
  return true
}

function stripLeading(text: string): string {
  let start = 0
  while (start < text.length && (leadingMarks.has(text.charAt(start)) || text.charAt(start) === ' ')) start++
  return text.slice(start)
}

/** The leading run of letters: a `start` pattern can only match a line whose run is the same (the letter after it is refused). */
function leadingLetters(text: string): string {
  const match = /^\p{L}*/u.exec(text)
  return match ? match[0] : ''
}

/**
 * The patterns indexed so that a line is tested against its few candidates
 * only: `whole` patterns by their text, `start` patterns by their leading
 * letters; the few `anywhere` and `label` patterns are tried on every line.
 * `find` gives what a scan of the list in order would: the first match.
 */
export class BoilerplateMatcher {
  readonly patterns: readonly BoilerplatePattern[]
  readonly #whole = new Map<string, number[]>()
  readonly #start = new Map<string, number[]>()
  readonly #everywhere: number[] = []

  constructor(patterns: readonly BoilerplatePattern[]) {
    this.patterns = patterns
    patterns.forEach((pattern, index) => {
      if (pattern.match === 'social') return
      if (pattern.match === 'whole') add(this.#whole, pattern.text, index)
      else if (pattern.match === 'start') add(this.#start, leadingLetters(pattern.text), index)
      else this.#everywhere.push(index)
    })
  }

  /** The first pattern, in list order, that the normalised line matches (see `matchesBoilerplate`). */
  find(line: string, wordCount: number, whole = true): BoilerplatePattern | undefined {
    // Each list is in list order: the first match overall is the earliest of each list's first match.
    const first = Math.min(
      this.#firstMatch(this.#whole.get(stripLineMarks(line)), line, wordCount, whole),
      this.#firstMatch(this.#start.get(leadingLetters(stripLeading(line))), line, wordCount, whole),
      this.#firstMatch(this.#everywhere, line, wordCount, whole)
    )
    return first === Infinity ? undefined : this.patterns[first]
  }

  #firstMatch(candidates: readonly number[] | undefined, line: string, wordCount: number, whole: boolean): number {
    if (candidates) for (const index of candidates) if (matchesBoilerplate(this.patterns[index], line, wordCount, whole)) return index
    return Infinity
  }
}

function add(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

/** The shipped patterns with a rule's `extra` patterns, less the `ignore`d texts; built once per option set. */
export const boilerplateMatcher: (extra?: readonly BoilerplatePattern[], ignore?: readonly string[]) => BoilerplateMatcher = compileOnce(
  (extra: readonly BoilerplatePattern[] = [], ignore: readonly string[] = []): BoilerplateMatcher => {
    const ignored = new Set(ignore.map(normalizeLine))
    return new BoilerplateMatcher([...boilerplatePatterns, ...extra].filter((pattern) => !ignored.has(normalizeLine(pattern.text))))
  }
)
