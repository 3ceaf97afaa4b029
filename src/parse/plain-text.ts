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
 * Move every position in a parsed fragment to file coordinates. Each node
 * gets new point objects computed from the parser's own (which nodes may
 * share), so a shared point is never moved twice. Without carriage returns
 * the parser counts lines as vfile-location does, so lines and columns are
 * shifted arithmetically rather than looked up.
 */
function relocate(node: Paragraph | Sentence | RootContent, base: number, point: ToPoint, arithmetic: boolean): void {
  const origin = pointAt(point, base)
  const shift = arithmetic
    ? (item: Point): Point => ({
        line: origin.line + item.line - 1,
        column: item.line === 1 ? origin.column + item.column - 1 : item.column,
        offset: base + (item.offset ?? 0)
      })
    : (item: Point): Point => pointAt(point, base + (item.offset ?? 0))
  const stack: Array<{position?: Position; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      current.position = {start: shift(current.position.start), end: shift(current.position.end)}
    }
    if (current.children) {
      for (const child of current.children) stack.push(child as (typeof stack)[number])
    }
  }
}
