/**
 * Feed mdast-util-to-nlcst a long Markdown document in chunks. It turns the
 * whole document into one list of tokens, spread into arrays
 * (`push(...result)`) and walked recursively per nesting level, so a 400 kB
 * table or a 600 kB paragraph overflows the stack. Here:
 *
 * - containers (blockquotes, lists) are flattened into their leaf blocks,
 *   which is all the converter keeps of them anyway (it separates siblings on
 *   different lines with a `\n\n` white space);
 * - each leaf block is converted on its own (converted together, a
 *   paragraph ending `won.` followed by one starting with markup and a
 *   lower-case word became one sentence, with `won.` one word);
 * - a longer paragraph or heading is cut inside its text, after a line
 *   ending or after a sentence end followed by a capital (`spoke. The`), never
 *   elsewhere; its parts are joined back into one paragraph.
 *
 * markdown.ts converts each chunk in its own coordinates, so the cost stays linear.
 */
import type {Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot, Text as MdastText} from 'mdast'
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {alignPieces, OffsetMap} from './align.js'

export const defaultChunkLength = 50_000

const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])

/** How a chunk continues the one before: a new block, the next line of a paragraph, or the same line. */
export type Join = 'block' | 'line' | 'inline'

export interface Chunk {
  tree: MdastRoot
  join: Join
  start: Point
  end: Point
}

interface Part {
  nodes: MdastNodes[]
  join: Join
}

export function chunkMarkdown(mdast: MdastRoot, source: string, limit: number): Chunk[] {
  if (!mdast.position) return [{tree: mdast, join: 'block', start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}]
  const place = location(source).toPoint
  const pointAt = (offset: number): Point => {
    const found = place(offset)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
  }

  const parts: Part[] = []
  let group: MdastNodes[] = []
  let groupLength = 0
  const flush = () => {
    if (group.length > 0) parts.push({nodes: group, join: 'block'})
    group = []
    groupLength = 0
  }
  for (const leaf of leafBlocks(mdast)) {
    const length = lengthOf(leaf)
    if (length > limit && 'children' in leaf) {
      flush()
      for (const part of cutLeaf(leaf as MdastParent & MdastNodes, source, limit, pointAt)) parts.push(part)
      continue
    }
    // Each block on its own: converted together, a paragraph's full stop could join the next one's words.
    flush()
    group.push(leaf)
    groupLength += length
  }
  flush()

  return parts.map((part) => {
    const start = part.nodes[0].position!.start
    const end = part.nodes[part.nodes.length - 1].position!.end
    return {tree: {type: 'root', children: part.nodes as never, position: {start, end}}, join: part.join, start, end}
  })
}

/** Leaf blocks in document order, containers walked without recursion. */
function leafBlocks(tree: MdastRoot): MdastNodes[] {
  const leaves: MdastNodes[] = []
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (containers.has(node.type) && 'children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as MdastNodes)
    } else if (node.position) {
      leaves.push(node)
    }
  }
  return leaves
}

function lengthOf(node: MdastNodes): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)
}

/** A paragraph or heading longer than `limit`, as parts cut inside its text nodes. */
function cutLeaf(leaf: MdastParent & MdastNodes, source: string, limit: number, pointAt: (offset: number) => Point): Part[] {
  const parts: Part[] = []
  let nodes: MdastNodes[] = []
  let length = 0
  let join: Join = 'block'
  for (const child of leaf.children as MdastNodes[]) {
    const pieces =
      child.type === 'text' && lengthOf(child) > limit / 2 ? cutText(child, source, limit / 2, pointAt) : [{node: child, cut: undefined}]
    for (const piece of pieces) {
      if (piece.cut && length > 0 && length + lengthOf(piece.node) > limit) {
        parts.push({nodes: [wrap(leaf, nodes)], join})
        join = piece.cut
        nodes = []
        length = 0
      }
      nodes.push(piece.node)
      length += lengthOf(piece.node)
    }
  }
  if (nodes.length > 0) parts.push({nodes: [wrap(leaf, nodes)], join})
  return parts
}

function wrap(leaf: MdastParent & MdastNodes, children: MdastNodes[]): MdastNodes {
  const position = {start: children[0].position!.start, end: children[children.length - 1].position!.end}
  return {...leaf, children, position} as MdastNodes
}

/** A long text node cut into pieces of about `size` at safe places; each piece after the first says how it was cut. */
function cutText(
  node: MdastText,
  source: string,
  size: number,
  pointAt: (offset: number) => Point
): Array<{node: MdastNodes; cut: Join | undefined}> {
  const start = node.position!.start.offset!
  const raw = source.slice(start, node.position!.end.offset)
  const value = node.value
  const pieces = raw === value ? [{start: 0, end: raw.length, value}] : alignPieces(raw, value, 'markdown')
  if (!pieces || pieces.length === 0) return [{node, cut: undefined}]
  const map = new OffsetMap(pieces, raw.length, value.length)

  const result: Array<{node: MdastNodes; cut: Join | undefined}> = []
  let pieceStart = 0
  let cutBefore: Join | undefined
  let lastCut = -1
  let lastCutKind: Join = 'line'
  const emit = (end: number, next: Join) => {
    const from = pieceStart === 0 ? start : start + map.start(pieceStart)
    const to = end === value.length ? node.position!.end.offset! : start + map.end(end)
    result.push({
      node: {type: 'text', value: value.slice(pieceStart, end), position: {start: pointAt(from), end: pointAt(to)}},
      cut: cutBefore
    })
    cutBefore = next
    pieceStart = end
    lastCut = -1
  }
  for (let index = 0; index < value.length; index++) {
    const code = value[index]
    if (code === '\n') {
      lastCut = index + 1
      lastCutKind = 'line'
    } else if (code === ' ' && isSentenceEnd(value, index)) {
      lastCut = index + 1
      lastCutKind = 'inline'
    }
    if (index - pieceStart >= size && lastCut > pieceStart && lastCut < value.length) emit(lastCut, lastCutKind)
  }
  emit(value.length, 'line')
  return result
}

/** `word. The`: a full stop after a lower-case word of four letters or more, then a space and a capital. */
function isSentenceEnd(value: string, space: number): boolean {
  if (value[space - 1] !== '.' || !/[A-Z]/.test(value[space + 1] ?? '')) return false
  let letters = 0
  for (let index = space - 2; index >= 0 && /[a-z]/.test(value[index]); index--) letters++
  return letters >= 4 && !/[A-Za-z.]/.test(value[space - 2 - letters] ?? ' ')
}

/**
 * One nlcst root from the chunks' roots, as the whole document would have
 * given: between blocks the `\n\n` white space the converter inserts ends the
 * paragraph before; a paragraph cut on one line is joined back.
 */
export function joinChunks(chunks: Array<{tree: Root; join: Join; start: Point; end: Point}>, source: string): Root {
  if (chunks.length === 1) {
    // The root spans its content, as moved back into the source (the converter's end drifts).
    const tree = chunks[0].tree
    const first = tree.children[0]?.position
    const last = tree.children[tree.children.length - 1]?.position
    if (first && last) tree.position = {start: {...first.start}, end: {...last.end}}
    return tree
  }
  const place = location(source).toPoint
  const children: RootContent[] = []
  let previous: (typeof chunks)[number] | undefined
  for (const chunk of chunks) {
    const incoming = chunk.tree.children
    let from = 0
    if (previous && chunk.join === 'block') {
      const value = '\n'.repeat(Math.max(2, chunk.start.line - previous.end.line))
      const offset = previous.end.offset!
      const white: WhiteSpace = {type: 'WhiteSpaceNode', value}
      const end = place(offset + value.length)
      if (end) white.position = {start: {...previous.end}, end: {line: end.line, column: end.column, offset: offset + value.length}}
      children.push(white)
    } else if (previous && chunk.join === 'inline' && incoming[0]?.type === 'ParagraphNode') {
      // The parser moved the chunk's final white space out of its last paragraph; mid-line it stays in.
      const trailing: RootContent[] = []
      while (children.length > 1 && children[children.length - 1].type === 'WhiteSpaceNode') trailing.unshift(children.pop()!)
      const last = children[children.length - 1] as Paragraph | undefined
      if (last?.type === 'ParagraphNode') {
        const first = incoming[0] as Paragraph
        for (const child of [...trailing, ...first.children]) last.children.push(child as never)
        if (first.position && last.position) last.position.end = {...first.position.end}
        from = 1
      } else for (const white of trailing) children.push(white)
    }
    for (let index = from; index < incoming.length; index++) children.push(incoming[index])
    previous = chunk
  }
  const first = children[0]?.position
  const lastPosition = children[children.length - 1]?.position
  const root: Root = {type: 'RootNode', children}
  if (first && lastPosition) root.position = {start: {...first.start}, end: {...lastPosition.end}}
  return root
}
