/**
 * Paragraph boundaries in plain text.
 *
 * Plain-text drafts come in several shapes: one paragraph per line (what
 * copying from a web page or a CMS gives, with or without blank lines
 * between), hard-wrapped prose and one sentence per line (semantic line
 * breaks), both with blank lines between paragraphs, and lists of short
 * residue lines. The English parser alone treats a single line break as a
 * space, so we find the paragraphs ourselves and parse each one separately.
 *
 * When a draft separates paragraphs with blank lines, a block of lines is one
 * paragraph whatever its line lengths, unless its lines read as a list (a
 * line that does not end a sentence, or a list marker).
 */

export interface Range {
  start: number
  end: number
}

/** Hard-wrapped prose wraps at a fixed width; longer lines are whole paragraphs. */
const maximumWrappedLineLength = 100
/** Below this width a block of short lines is a list of residue lines, not wrapped prose. */
const minimumWrapWidth = 50

interface Line extends Range {
  blank: boolean
}

export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let index = 0
  while (index <= value.length) {
    const code = index < value.length ? value.charCodeAt(index) : -1
    if (code === 10 || code === 13 || code === -1) {
      const end = index
      lines.push({start, end, blank: isBlank(value, start, end)})
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
    index++
  }
  return lines
}

function isBlank(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0xfeff) return false
  }
  return true
}

/** Paragraph ranges (trimmed of surrounding line breaks) in document order. */
export function paragraphRanges(value: string): Range[] {
  const ranges: Range[] = []
  const blocks: Line[][] = []
  let block: Line[] = []
  for (const line of splitLines(value)) {
    if (line.blank) {
      if (block.length > 0) blocks.push(block)
      block = []
    } else {
      block.push(line)
    }
  }
  if (block.length > 0) blocks.push(block)
  const blankSeparated = separatesWithBlankLines(blocks)
  for (const lines of blocks) {
    if (isHardWrapped(value, lines) || (blankSeparated && isSentenceLines(value, lines))) {
      ranges.push({start: lines[0].start, end: lines[lines.length - 1].end})
    } else {
      for (const line of lines) ranges.push({start: line.start, end: line.end})
    }
  }
  return ranges
}

/** Sentence-per-line lines are sentence length; a paragraph per line is usually longer. */
const maximumSentenceLineLength = 200

/**
 * Whether blank lines separate paragraphs: three blocks or more, or two where
 * the lines of every block of several lines are sentence-sized (a headline
 * over a CMS paste of one paragraph per line is two blocks of long lines).
 */
function separatesWithBlankLines(blocks: readonly Line[][]): boolean {
  if (blocks.length >= 3) return true
  if (blocks.length < 2) return false
  for (const lines of blocks) {
    if (lines.length < 2) continue
    let total = 0
    for (const line of lines) total += line.end - line.start
    if (total / lines.length > maximumSentenceLineLength) return false
  }
  return true
}

/** Lines that each end a sentence (or a colon before a quotation on the next line), none a list item. */
function isSentenceLines(value: string, block: readonly Line[]): boolean {
  if (block.length < 2) return false
  for (let index = 0; index < block.length; index++) {
    const text = value.slice(block[index].start, block[index].end).trim()
    if (listMarker.test(text)) return false
    if (endsSentence(text)) continue
    const next = block[index + 1]
    if (text.endsWith(':') && next && opensQuotation.test(value.slice(next.start, next.end).trimStart())) continue
    return false
  }
  return true
}

/** Closing quotes and brackets that may follow a sentence's full stop (`."`, `.)`, `? "`). */
const closers = new Set(['"', '\u201d', '\u2019', "'", ')', ']', ' '])

/** A line that ends a sentence: a terminal mark, then only closers (walked back without a regular expression). */
function endsSentence(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && closers.has(text.charAt(index))) index--
  const char = text.charAt(index)
  return char === '.' || char === '!' || char === '?' || char === '\u2026'
}
const opensQuotation = /^["\u201c\u00ab\u201e]/
/** `- item`, `* item`, `• item`, `1. item`, `2) item`. */
const listMarker = /^(?:[-*+\u2022]\s|\d{1,3}[.)]\s)/

/**
 * A block of several lines is wrapped prose when no line but the last is
 * longer than a wrap width, the lines are long enough to be wrapped prose,
 * and at least one line breaks mid-sentence.
 */
function isHardWrapped(value: string, block: Line[]): boolean {
  if (block.length < 2) return false
  let widest = 0
  let breaksMidSentence = false
  for (let index = 0; index < block.length - 1; index++) {
    const line = block[index]
    const length = line.end - line.start
    if (length > maximumWrappedLineLength) return false
    if (length > widest) widest = length
    const text = value.slice(line.start, line.end).trimEnd()
    // A closing mark ends a sentence only after a terminal one: `…in this office,"` breaks mid-sentence.
    if (!endsSentence(text) && !text.endsWith(':')) breaksMidSentence = true
  }
  return widest >= minimumWrapWidth && breaksMidSentence
}
