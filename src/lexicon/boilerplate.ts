/**
 * Boilerplate line patterns (data/boilerplate.json) and how a line is
 * compared with them. See the data file's `_doc` for the matching rules.
 */
import data from '../../data/boilerplate.json' with {type: 'json'}

export interface BoilerplatePattern {
  text: string
  match: 'whole' | 'start'
  maxWords?: number
  endsWithoutPeriod?: boolean
  category: string
  origin?: string
}

// JSON gives `match` as a string; data/schema/boilerplate.schema.json (tested) holds it to the union.
export const boilerplatePatterns: readonly BoilerplatePattern[] = data.entries as BoilerplatePattern[]

/** Lower case, straight quotes, single spaces. */
export function normalizeLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u02bc]/g, "'")
    // Guillemets stay: they are breadcrumb separators (`Home » News`) as often as quote marks.
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
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

/** Does the normalised line match the pattern? `wordCount` counts the line's words. */
export function matchesBoilerplate(pattern: BoilerplatePattern, line: string, wordCount: number): boolean {
  if (pattern.match === 'whole') return stripLineMarks(line) === pattern.text
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
