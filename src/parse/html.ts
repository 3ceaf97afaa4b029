/**
 * HTML to nlcst: hast from parse5 (through hast-util-from-html), then prose
 * only, through hast-util-to-nlcst with the English parser — what
 * rehype-parse + rehype-retext (mutate mode) do, called directly so one
 * parser can serve every format.
 *
 * Left alone: scripts, styles, SVG and MathML (hast-util-to-nlcst skips
 * them), preformatted blocks, keyboard and sample output, templates and form
 * fields (marked here); inline `<code>` becomes source, as in Markdown.
 *
 * Positions point into the original file. hast-util-to-nlcst measures a text
 * node by its decoded value, so a character reference (`&rsquo;`) or a CRLF
 * line end would shift everything after it on that line; such text nodes are
 * split first so each piece starts at its own place in the source.
 */
import type {Element, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent, Text} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst} from 'hast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'

/** Elements whose text is not prose to edit. */
const untouchedElements = new Set(['pre', 'kbd', 'samp', 'template', 'noscript', 'textarea'])

/** Longest character reference worth trying to line up (`&CounterClockwiseContourIntegral;` is 33). */
const longestReference = 34

/** How far ahead two texts must agree before a guess at a reference is taken. */
const agreementWindow = 12

export function parseHtml(value: string, file: VFile): Root {
  const hast = fromHtml(value)
  // Kept for inline `<!-- copydesk … -->` comments (message control).
  file.data.copydeskSourceTree = {format: 'html', tree: hast}

  markUntouched(hast)
  const place = location(value).toPoint
  const replaced = new Map<number, number>()
  splitShiftedText(hast, value, place, replaced)
  const tree = toNlcst(hast, file, ParseEnglish)
  restoreEnds(tree, replaced, place)
  return tree
}

function markUntouched(tree: HastRoot): void {
  const stack: HastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && untouchedElements.has(node.tagName)) {
      node.properties = {...node.properties, dataNlcst: 'ignore'}
      continue
    }
    if ('children' in node) for (const child of node.children as HastNodes[]) stack.push(child)
  }
}

/**
 * Replace each text node whose source differs from its value by pieces:
 * runs that read the same in both, and one piece per reference or CRLF.
 * `replaced` maps a piece's start offset to where its source really ends.
 */
function splitShiftedText(tree: HastRoot, source: string, place: ToPoint, replaced: Map<number, number>): void {
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const children: HastContent[] = []
    for (const child of parent.children as HastContent[]) {
      if (child.type === 'element') stack.push(child)
      if (child.type !== 'text') {
        children.push(child)
        continue
      }
      const pieces = piecesOf(child, source, place, replaced)
      for (const piece of pieces ?? [child]) children.push(piece)
    }
    parent.children = children as never
  }
}

interface Piece {
  start: number
  end: number
  value: string
}

function piecesOf(node: Text, source: string, place: ToPoint, replaced: Map<number, number>): Text[] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const raw = source.slice(start, end)
  if (raw === node.value) return undefined
  const pieces = alignPieces(raw, node.value)
  if (!pieces) return undefined
  return pieces.map((piece) => {
    if (piece.end - piece.start !== piece.value.length) replaced.set(start + piece.start, start + piece.end)
    return {
      type: 'text',
      value: piece.value,
      position: {start: pointAt(place, start + piece.start), end: pointAt(place, start + piece.end)}
    }
  })
}

/**
 * Line up the source of a text node with its decoded value. Returns pieces
 * covering both, or undefined when they cannot be lined up (the node is then
 * kept whole: positions after the difference may be off, nothing worse).
 * Linear: each reference is tried at a bounded number of lengths.
 */
export function alignPieces(raw: string, decoded: string): Piece[] | undefined {
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
    pieces.push({start: i, end: i + sourceLength, value: decoded.slice(j, j + valueLength)})
    i += sourceLength
    j += valueLength
    runStart = i
    runValueStart = j
  }

  while (i < raw.length) {
    const code = raw[i]
    if (code === '\r') {
      if (decoded[j] !== '\n') return undefined
      special(raw[i + 1] === '\n' ? 2 : 1, 1)
    } else if (code === '&') {
      const reference = referenceAt(raw, i, decoded, j)
      if (reference) special(reference.sourceLength, reference.valueLength)
      else if (decoded[j] === '&') {
        i++
        j++
      } else return undefined
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
function referenceAt(raw: string, i: number, decoded: string, j: number): {sourceLength: number; valueLength: number} | undefined {
  let end = i + 1
  if (raw[end] === '#') {
    end++
    if (raw[end] === 'x' || raw[end] === 'X') end++
  }
  while (end < raw.length && end - i < longestReference && /[0-9A-Za-z]/.test(raw[end])) end++
  const candidates: number[] = []
  if (raw[end] === ';') candidates.push(end + 1)
  // Legacy references may stop before the letters do (`&copy2024`, `&notit`).
  for (let stop = end; stop >= i + 2; stop--) candidates.push(stop)
  // One decoded unit before two (astral characters), the longest source first.
  for (const valueLength of [1, 2]) {
    for (const stop of candidates) {
      if (j + valueLength > decoded.length) continue
      if (decoded.slice(j, j + valueLength) === raw.slice(i, i + valueLength) && stop - i === valueLength) continue
      if (agreeAhead(raw, stop, decoded, j + valueLength)) return {sourceLength: stop - i, valueLength}
    }
  }
  return undefined
}

/** Whether the two texts read the same from here up to the next reference or line end (or a short window). */
function agreeAhead(raw: string, i: number, decoded: string, j: number): boolean {
  for (let step = 0; step < agreementWindow; step++) {
    const a = raw[i + step]
    const b = decoded[j + step]
    if (a === undefined) return b === undefined
    if (a === '&' || a === '\r') return true
    if (a !== b) return false
  }
  return true
}

type ToPoint = ReturnType<typeof location>['toPoint']

function pointAt(place: ToPoint, offset: number): Point {
  const found = place(offset)
  return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
}

interface Positioned {
  type: string
  value?: string
  position?: {start: Point; end: Point}
  children?: Positioned[]
}

/**
 * A piece made from a reference is as long as its decoded text in nlcst; end
 * it where its source ends, then let every parent end where its last child does.
 */
function restoreEnds(tree: Root, replaced: Map<number, number>, place: ToPoint): void {
  if (replaced.size === 0) return
  const visit = (node: Positioned): void => {
    if (node.children && node.children.length > 0) {
      for (const child of node.children) visit(child)
      const first = node.children[0].position
      const last = node.children[node.children.length - 1].position
      if (node.position && first && last && node.type !== 'RootNode') {
        node.position = {start: {...first.start}, end: {...last.end}}
      }
      return
    }
    const start = node.position?.start.offset
    if (start === undefined || !node.position) return
    const sourceEnd = replaced.get(start)
    if (sourceEnd !== undefined) node.position.end = pointAt(place, sourceEnd)
  }
  visit(tree as unknown as Positioned)
}
