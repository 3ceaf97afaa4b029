/**
 * Line up a source tree's text node with its source, so positions computed
 * on the decoded text can be moved back into the original file.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst place each token at the text
 * node's start plus its length in the decoded value. Wherever the source is
 * longer than what it decodes to, everything after drifts:
 *
 * - both: character references (`&amp;`, `&mdash;`, `&#x20;`), CRLF;
 * - Markdown: backslash escapes (`\%`), a line's trailing spaces and the
 *   next line's prefix (indent, `>` markers) that micromark drops;
 * - HTML: tags and comments parse5 dropped inside one text node (a stray
 *   `</b>` merges the text on either side).
 *
 * The alignment is a list of pieces covering the source: runs that read the
 * same in both, and one piece per difference. Source dropped altogether
 * (a prefix, a stray tag) is in no piece. Linear: each reference is tried
 * at a bounded number of lengths, each dropped run once per length.
 */

export type Flavour = 'markdown' | 'html'

export interface Piece {
  /** Source offsets (relative to the node's start), end exclusive. */
  start: number
  end: number
  /** What the piece decodes to. */
  value: string
}

/** Longest character reference worth trying to line up (`&CounterClockwiseContourIntegral;` is 33). */
const longestReference = 34

/** How far ahead two texts must agree before a guess is taken. */
const agreementWindow = 12

/** Longest tag or comment dropped inside a text node that is looked for. */
const longestTag = 2000

const asciiPunctuation = /^[!-/:-@[-`{-~]$/

export function alignPieces(raw: string, decoded: string, flavour: Flavour = 'html'): Piece[] | undefined {
  const pieces: Piece[] = []
  let i = 0
  let j = 0
  let runStart = 0
  let runValueStart = 0

  const closeRun = () => {
    if (i > runStart) pieces.push({start: runStart, end: i, value: decoded.slice(runValueStart, j)})
  }
  const special = (sourceLength: number, valueLength: number) => {
    closeRun()
    if (valueLength > 0) pieces.push({start: i, end: i + sourceLength, value: decoded.slice(j, j + valueLength)})
    i += sourceLength
    j += valueLength
    runStart = i
    runValueStart = j
  }

  while (i < raw.length) {
    const code = raw[i]
    if (code === '\r' || (code === '\n' && flavour === 'markdown')) {
      // micromark keeps line endings as they are; parse5 makes them `\n`.
      const ending = code === '\r' && raw[i + 1] === '\n' ? 2 : 1
      if (decoded.startsWith(raw.slice(i, i + ending), j)) {
        i += ending
        j += ending
      } else if (decoded[j] === '\n') special(ending, 1)
      else return undefined
      if (flavour === 'markdown') {
        const prefix = droppedPrefix(raw, i, decoded, j)
        if (prefix > 0) special(prefix, 0)
      }
    } else if (code === '&' && !(decoded[j] === '&' && agreeAhead(raw, i + 1, decoded, j + 1, flavour))) {
      const reference = referenceAt(raw, i, decoded, j, flavour)
      if (reference) special(reference.sourceLength, reference.valueLength)
      else if (decoded[j] === '&') {
        i++
        j++
      } else return undefined
    } else if (flavour === 'markdown' && code === '\\' && asciiPunctuation.test(raw[i + 1] ?? '') && decoded[j] === raw[i + 1]) {
      special(2, 1)
    } else if (flavour === 'markdown' && (code === ' ' || code === '\t') && decoded[j] !== code) {
      // Trailing spaces before a line ending are dropped.
      let end = i
      while (raw[end] === ' ' || raw[end] === '\t') end++
      if (raw[end] !== '\n' && raw[end] !== '\r') return undefined
      special(end - i, 0)
    } else if (flavour === 'html' && code === '<' && !(decoded[j] === '<' && agreeAhead(raw, i + 1, decoded, j + 1, flavour))) {
      const tag = droppedTag(raw, i)
      if (tag === 0) return undefined
      special(tag, 0)
    } else if (code === decoded[j]) {
      i++
      j++
    } else {
      return undefined
    }
  }
  if (j !== decoded.length) return undefined
  closeRun()
  return pieces
}

/** A character reference at `raw[i]`, found by what it decoded to and what follows agreeing. */
function referenceAt(
  raw: string,
  i: number,
  decoded: string,
  j: number,
  flavour: Flavour
): {sourceLength: number; valueLength: number} | undefined {
  let end = i + 1
  if (raw[end] === '#') {
    end++
    if (raw[end] === 'x' || raw[end] === 'X') end++
  }
  while (end < raw.length && end - i < longestReference && /[0-9A-Za-z]/.test(raw[end])) end++
  const candidates: number[] = []
  if (raw[end] === ';') candidates.push(end + 1)
  // HTML's legacy references may stop before the letters do (`&copy2024`, `&notit`).
  if (flavour === 'html') for (let stop = end; stop >= i + 2; stop--) candidates.push(stop)
  // One decoded unit before two (astral characters), the longest source first.
  for (const valueLength of [1, 2]) {
    for (const stop of candidates) {
      if (j + valueLength > decoded.length) continue
      if (decoded.slice(j, j + valueLength) === raw.slice(i, i + valueLength) && stop - i === valueLength) continue
      if (agreeAhead(raw, stop, decoded, j + valueLength, flavour)) return {sourceLength: stop - i, valueLength}
    }
  }
  return undefined
}

/** A line's prefix micromark left out of the text (indent, `>` markers): the longest that lets the rest agree. */
function droppedPrefix(raw: string, i: number, decoded: string, j: number): number {
  let end = i
  while (raw[end] === ' ' || raw[end] === '\t' || raw[end] === '>') end++
  for (let stop = end; stop > i; stop--) {
    if (agreeAhead(raw, stop, decoded, j, 'markdown')) return stop - i
  }
  return 0
}

/** Length of a tag or comment starting at `raw[i]`, or 0. */
function droppedTag(raw: string, i: number): number {
  if (raw.startsWith('<!--', i)) {
    const close = raw.indexOf('-->', i + 4)
    return close === -1 || close - i > longestTag ? 0 : close + 3 - i
  }
  const next = raw[i + 1] === '/' ? raw[i + 2] : raw[i + 1]
  if (next === undefined || !/[A-Za-z]/.test(next)) return 0
  for (let end = i + 1; end < raw.length && end - i < longestTag; end++) {
    if (raw[end] === '>') return end + 1 - i
    if (raw[end] === '<') return 0
  }
  return 0
}

/** Whether the two texts read the same from here up to the next difference (or a short window). */
function agreeAhead(raw: string, i: number, decoded: string, j: number, flavour: Flavour): boolean {
  for (let step = 0; step < agreementWindow; step++) {
    const a = raw[i + step]
    const b = decoded[j + step]
    if (a === undefined) return b === undefined
    if (a === '&' || a === '\r' || a === '<') return true
    if (flavour === 'markdown' && (a === '\\' || a === '\n' || a === ' ' || a === '\t')) return true
    if (a !== b) return false
  }
  return true
}

/**
 * Offsets in the decoded value moved to the source. A start at a boundary
 * goes after dropped source, an end before it.
 */
export class OffsetMap {
  private readonly valueStarts: number[] = []
  constructor(
    private readonly pieces: Piece[],
    private readonly sourceLength: number,
    private readonly valueLength: number
  ) {
    let value = 0
    for (const piece of pieces) {
      this.valueStarts.push(value)
      value += piece.value.length
    }
  }

  start(offset: number): number {
    if (offset >= this.valueLength) return this.sourceLength
    const index = this.find(offset, false)
    const piece = this.pieces[index]
    const inside = offset - this.valueStarts[index]
    if (piece.end - piece.start === piece.value.length) return piece.start + inside
    return inside === 0 ? piece.start : piece.end
  }

  end(offset: number): number {
    if (offset <= 0) return this.pieces.length > 0 ? this.pieces[0].start : 0
    const index = this.find(offset, true)
    const piece = this.pieces[index]
    const inside = offset - this.valueStarts[index]
    if (piece.end - piece.start === piece.value.length) return piece.start + inside
    return inside === piece.value.length ? piece.end : piece.start
  }

  /** The piece holding value offset `offset` (for an end: the piece it closes). */
  private find(offset: number, isEnd: boolean): number {
    let low = 0
    let high = this.pieces.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      const at = this.valueStarts[middle]
      if (isEnd ? at < offset : at <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}
