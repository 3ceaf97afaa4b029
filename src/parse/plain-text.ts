/**
 * Plain text to nlcst, paragraph by paragraph.
 *
 * Parsing each paragraph on its own keeps the English parser's cost linear
 * (its cost per kilobyte grows with the size of what it is given), and lets
 * us decide paragraph breaks ourselves (see `paragraphs.ts`). Positions are
 * moved back into the coordinates of the whole file.
 */
import type {Paragraph, Root, RootContent, Sentence, WhiteSpace} from 'nlcst'
import type {Point, Position} from 'unist'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {paragraphRanges, type Range} from './paragraphs.js'
import {pointAt, type ToPoint} from './points.js'

/** Longest stretch handed to the parser at once: very long paragraphs are cut between sentences. */
const maximumChunkLength = 8000

const parser = new ParseEnglish()

export function parsePlainText(value: string, file: VFile): Root {
  const place = location(file)
  const children: RootContent[] = []
  let previousEnd = 0

  for (const range of paragraphRanges(value)) {
    if (range.start > previousEnd) {
      children.push(whiteSpace(value, previousEnd, range.start, place.toPoint))
    }
    children.push(parseParagraph(value, range, place.toPoint))
    previousEnd = range.end
  }
  if (value.length > previousEnd) {
    children.push(whiteSpace(value, previousEnd, value.length, place.toPoint))
  }

  return {
    type: 'RootNode',
    children,
    position: {start: pointAt(place.toPoint, 0), end: pointAt(place.toPoint, value.length)}
  }
}

function parseParagraph(value: string, range: Range, point: ToPoint): Paragraph {
  const children: Paragraph['children'] = []
  for (const chunk of chunkRanges(value, range)) {
    const text = value.slice(chunk.start, chunk.end)
    const parsed = parser.tokenizeParagraph(text)
    relocate(parsed, chunk.start, point, !text.includes('\r'))
    for (const child of parsed.children) children.push(child)
  }
  return {
    type: 'ParagraphNode',
    children,
    position: {start: pointAt(point, range.start), end: pointAt(point, range.end)}
  }
}

/** Cut a long paragraph after a sentence-ending mark, else at white space, else anywhere. */
export function chunkRanges(value: string, range: Range): Range[] {
  const chunks: Range[] = []
  let start = range.start
  while (range.end - start > maximumChunkLength) {
    const limit = start + maximumChunkLength
    let cut = -1
    let space = -1
    for (let index = limit; index > start + maximumChunkLength / 2; index--) {
      const code = value.charCodeAt(index)
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        if (space === -1) space = index
        const before = value.charCodeAt(index - 1)
        if (before === 46 || before === 33 || before === 63) {
          cut = index
          break
        }
      }
    }
    if (cut === -1) cut = space === -1 ? limit : space
    // Never cut inside a surrogate pair.
    const code = value.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut++
    chunks.push({start, end: cut})
    start = cut
  }
  chunks.push({start, end: range.end})
  return chunks
}

function whiteSpace(value: string, start: number, end: number, point: ToPoint): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {start: pointAt(point, start), end: pointAt(point, end)}
  }
}

/**
 * Move every position in a parsed fragment to file coordinates, in place.
 * Tokens meet end to end, so one point object per offset serves every node
 * that starts or ends there (the parser already shares a parent's points
 * with its first and last child): a third of the points, and no new
 * position objects. Points are values nobody moves in place (copydesk never
 * does; a plugin that wants another point assigns a new object). Without
 * carriage returns the parser counts lines as vfile-location does, so lines
 * and columns are shifted arithmetically rather than looked up.
 */
function relocate(node: Paragraph | Sentence | RootContent, base: number, point: ToPoint, arithmetic: boolean): void {
  const origin = pointAt(point, base)
  const points = new Map<number, Point>()
  const moved = (item: Point): Point => {
    if (points.get(item.offset ?? -1) === item) return item
    const offset = base + (item.offset ?? 0)
    let found = points.get(offset)
    if (!found) {
      found = arithmetic
        ? {line: origin.line + item.line - 1, column: item.line === 1 ? origin.column + item.column - 1 : item.column, offset}
        : pointAt(point, offset)
      points.set(offset, found)
    }
    return found
  }
  const stack: Array<{position?: Position; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      // A position object is the node's own; a point already moved (shared with a parent) maps to itself.
      position.start = moved(position.start)
      position.end = moved(position.end)
    }
    if (current.children) {
      for (const child of current.children) stack.push(child as (typeof stack)[number])
    }
  }
}
