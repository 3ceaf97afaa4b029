/**
 * Plain text to nlcst, paragraph by paragraph.
 *
 * Parsing each paragraph on its own keeps the English parser's cost linear
 * (its cost per kilobyte grows with the size of what it is given), and lets
 * us decide paragraph breaks ourselves (see `paragraphs.ts`). Positions are
 * in the coordinates of the whole file: the tokenizer makes them there from
 * the paragraph's first point, or, in text with carriage returns, they are
 * moved there afterwards.
 */
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point, Position} from 'unist'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {EnglishParser} from './english-parser.js'
import {paragraphRanges, type Range} from './paragraphs.js'
import {pointAt, type ToPoint} from './points.js'

/** Longest stretch handed to the parser at once: very long paragraphs are cut between sentences. */
const maximumChunkLength = 8000

const parser = new EnglishParser()

/**
 * The moved point of each offset in the fragment being relocated, by offset
 * in the fragment (an array, not a map: a fragment is at most a chunk long).
 * A slot left from an earlier fragment has another file offset, so it is
 * never reused; the array is emptied before and after each file.
 */
const pointSlots: Point[] = []

export function parsePlainText(value: string, file: VFile): Root {
  const place = location(file)
  const children: RootContent[] = []
  let previousEnd = 0
  pointSlots.length = 0

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
  pointSlots.length = 0

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
    let parsed: Paragraph
    if (text.includes('\r')) {
      parsed = parser.tokenizeParagraph(text)
      relocate(parsed, chunk.start, point)
    } else {
      // Points made in file coordinates by the tokenizer itself: nothing to move.
      parsed = parser.tokenizeParagraphAt(text, pointAt(point, chunk.start))
    }
    shareWordPositions(parsed)
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

interface Positioned {
  type: string
  position?: Position
  children?: unknown[]
}

/**
 * A word of one text node spans what its text spans: both read one position
 * object (the tokenizer gives them two, since parse-latin's merging steps set
 * a word's end). Words sit in sentences, sentences in the paragraph.
 */
function shareWordPositions(paragraph: Paragraph): void {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const child of sentence.children) {
      if (child.type !== 'WordNode' || child.children.length !== 1) continue
      const only = child.children[0]
      const position = child.position
      if (
        position &&
        only.position &&
        only.position.start.offset === position.start.offset &&
        only.position.end.offset === position.end.offset
      ) {
        only.position = position
      }
    }
  }
}

/**
 * Move every position in a parsed fragment that holds a carriage return to
 * file coordinates, in place, looking each offset up (the tokenizer takes a
 * lone `\r` for a line break; vfile-location does not). Tokens meet end to
 * end, so one point object per offset serves every node that starts or ends
 * there (the parser already shares a parent's points with its first and last
 * child): the first the parser made there, moved, and no new points or
 * position objects. Once placed, points and positions are values nobody changes in place
 * (copydesk never does; a plugin that wants another position assigns a new
 * object). Text without carriage returns is tokenized in file coordinates
 * instead (`EnglishParser.tokenizeParagraphAt`).
 */
function relocate(node: Paragraph, base: number, point: ToPoint): void {
  const moved = (item: Point): Point => {
    const local = item.offset ?? 0
    // A point moved already (a parent shares its first and last child's) sits in its own slot.
    if (local >= base && pointSlots[local - base] === item) return item
    const offset = base + local
    const found = pointSlots[local]
    if (found?.offset === offset) return found
    // The first point seen at an offset is the parser's own, moved in place: no new object per offset.
    const looked = pointAt(point, offset)
    item.line = looked.line
    item.column = looked.column
    item.offset = offset
    pointSlots[local] = item
    return item
  }
  const stack: Positioned[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      // The position object is the node's own: moved in place.
      position.start = moved(position.start)
      position.end = moved(position.end)
    }
    if (current.children) {
      for (const child of current.children) stack.push(child as Positioned)
    }
  }
}
