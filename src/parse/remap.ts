/**
 * Move an nlcst tree's positions back into the original file after
 * mdast-util-to-nlcst or hast-util-to-nlcst placed its tokens by decoded
 * length (see align.ts for where the two differ).
 *
 * Each leaf is found in the source tree's text node it came from (its
 * decoded range never reaches past the node's source, which is at least as
 * long), moved through that node's alignment, and every parent then spans
 * its first to its last child. Words keep whole: `caf&eacute;` stays one
 * word, only its end moves.
 */
import type {Root} from 'nlcst'
import type {Node, Point} from 'unist'
import {location} from 'vfile-location'
import {alignPieces, OffsetMap, type Flavour} from './align.js'

interface Positioned {
  type: string
  value?: string
  position?: {start: Point; end: Point}
  children?: Positioned[]
}

interface TextSpan {
  start: number
  valueLength: number
  map: OffsetMap | undefined
}

export function remapToSource(
  tree: Root,
  sourceTree: Node,
  source: string,
  flavour: Flavour,
  place: ReturnType<typeof location>['toPoint'] = location(source).toPoint
): void {
  const spans = shiftedTexts(sourceTree, source, flavour)
  if (spans.length === 0) return
  const pointAt = (offset: number): Point => {
    const found = place(offset)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
  }
  const starts = spans.map((span) => span.start)

  const moveLeaf = (node: Positioned) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (!node.position || start === undefined || end === undefined) return
    const span = spans[lastAtOrBefore(starts, start)]
    if (!span || !span.map || start < span.start || end > span.start + span.valueLength) return
    const newStart = span.start + span.map.start(start - span.start)
    const newEnd = Math.max(newStart, span.start + span.map.end(end - span.start))
    node.position = {start: pointAt(newStart), end: pointAt(newEnd)}
  }

  // Iterative post-order walk: deep trees must not overflow the stack.
  const stack: Array<{node: Positioned; visited: boolean}> = [{node: tree as unknown as Positioned, visited: false}]
  while (stack.length > 0) {
    const entry = stack.pop()!
    const {node} = entry
    const children = node.children
    if (!children || children.length === 0) {
      if (!children) moveLeaf(node)
      continue
    }
    if (!entry.visited) {
      entry.visited = true
      stack.push(entry)
      for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index], visited: false})
      continue
    }
    const first = children[0].position
    const last = children[children.length - 1].position
    if (node.position && first && last && node.type !== 'RootNode') {
      node.position = {start: {...first.start}, end: {...last.end}}
    }
  }
}

/** Text nodes in document order, with an alignment where the source differs from the value. */
function shiftedTexts(sourceTree: Node, source: string, flavour: Flavour): TextSpan[] {
  const spans: TextSpan[] = []
  let shifted = false
  const stack: Node[] = [sourceTree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]; value?: string}
    if (node.type === 'text' && typeof node.value === 'string') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) continue
      const raw = source.slice(start, end)
      let map: OffsetMap | undefined
      if (raw !== node.value) {
        const pieces = alignPieces(raw, node.value, flavour)
        if (pieces) {
          map = new OffsetMap(pieces, raw.length, node.value.length)
          shifted = true
        }
      }
      spans.push({start, valueLength: node.value.length, map})
    } else if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
    }
  }
  if (!shifted) return []
  spans.sort((a, b) => a.start - b.start)
  return spans
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sorted[middle] <= value) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
