/**
 * Markdown to nlcst: mdast from micromark, then prose only (code, HTML and
 * URLs are left out) with every position pointing into the original file.
 * This is what remark-parse + remark-retext (mutate mode) do, called directly
 * so one parser can serve every format.
 *
 * Bounded work, so real newsroom files (a results table, a long paragraph,
 * quotes nested by a mail client) neither overflow the stack nor take minutes:
 * - nesting deeper than `maximumNesting` containers on a line is refused in
 *   one line before parsing (micromark is quadratic in nesting depth, and
 *   mdast-util-to-nlcst recurses once per level);
 * - mdast-util-to-nlcst is called on chunks of about `chunkLength`
 *   characters (chunks.ts) and the pieces are joined into one tree, as the
 *   whole document would have given.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {chunkMarkdown, defaultChunkLength, joinChunks, type Chunk} from './chunks.js'
import {remapToSource} from './remap.js'
import {EnglishParser} from './english-parser.js'

/** Blockquotes and list items opened on one line, at most. */
export const maximumNesting = 100

export function parseMarkdown(value: string, file: VFile, chunkLength = defaultChunkLength): Root {
  const nesting = deepestNesting(value)
  if (nesting.depth > maximumNesting) {
    file.fail(
      `Line ${nesting.line} nests ${nesting.depth} quotes or lists inside each other; copydesk reads Markdown nested up to ${maximumNesting} levels: flatten the quoting`
    )
  }
  const mdast = fromMarkdown(value)
  // Kept for inline `<!-- copydesk … -->` comments (message control).
  file.data.copydeskSourceTree = {format: 'markdown', tree: mdast}
  const parser = new EnglishParser()
  const place = location(value).toPoint
  const roots = chunkMarkdown(mdast, value, chunkLength).map((chunk) => ({...chunk, tree: convertChunk(chunk, value, parser, place)}))
  return joinChunks(roots, value)
}

type ToPoint = ReturnType<typeof location>['toPoint']

/**
 * One chunk through mdast-util-to-nlcst in its own coordinates (the
 * converter indexes the lines of the whole text it is given: once per chunk
 * over the whole file would be quadratic), then moved back into the file.
 */
function convertChunk(chunk: Chunk, source: string, parser: EnglishParser, place: ToPoint): Root {
  const start = chunk.start.offset ?? 0
  const text = source.slice(start, chunk.end.offset ?? source.length)
  const local = shifted(chunk.tree, -start, 1 - chunk.start.line) as MdastRoot
  const tree = toNlcst(local, {messages: [], toString: () => text} as unknown as VFile, parser)
  // Tokens are placed by decoded length: move them back past references, escapes and line prefixes.
  remapToSource(tree, local, text, 'markdown')
  moveBack(tree, start, place)
  return tree
}

interface Positioned {
  position?: {start: Point; end: Point}
  children?: Positioned[]
}

/** A copy of a tree with every offset and line moved (columns are not read by the converter). */
function shifted(tree: Positioned, offsetBy: number, lineBy: number): Positioned {
  const move = (point: Point): Point => ({line: point.line + lineBy, column: point.column, offset: (point.offset ?? 0) + offsetBy})
  const copy = (node: Positioned): Positioned => ({
    ...node,
    ...(node.position ? {position: {start: move(node.position.start), end: move(node.position.end)}} : {})
  })
  const root = copy(tree)
  const stack: Positioned[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!node.children) continue
    node.children = node.children.map(copy)
    for (const child of node.children) stack.push(child)
  }
  return root
}

function moveBack(tree: Root, offsetBy: number, place: ToPoint): void {
  const point = (local: Point): Point => {
    const offset = (local.offset ?? 0) + offsetBy
    const found = place(offset)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
  }
  const stack: Positioned[] = [tree as unknown as Positioned]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = {start: point(node.position.start), end: point(node.position.end)}
    if (node.children) for (const child of node.children) stack.push(child)
  }
}

/** The most container markers (`>`, `-`, `*`, `+`, `1.`) that open one line, and that line. */
export function deepestNesting(value: string): {depth: number; line: number} {
  let deepest = {depth: 0, line: 0}
  let line = 1
  let index = 0
  while (index < value.length) {
    let depth = 0
    while (index < value.length) {
      const code = value[index]
      if (code === ' ' || code === '\t') index++
      else if (code === '>') {
        depth++
        index++
      } else if ((code === '-' || code === '*' || code === '+') && (value[index + 1] === ' ' || value[index + 1] === '\t')) {
        depth++
        index += 2
      } else if (code >= '0' && code <= '9') {
        let end = index
        while (end < value.length && end - index < 10 && value[end] >= '0' && value[end] <= '9') end++
        if ((value[end] === '.' || value[end] === ')') && (value[end + 1] === ' ' || value[end + 1] === '\t')) {
          depth++
          index = end + 2
        } else break
      } else break
    }
    if (depth > deepest.depth) deepest = {depth, line}
    const next = value.indexOf('\n', index)
    if (next === -1) break
    index = next + 1
    line++
  }
  return deepest
}
