/**
 * The text of an nlcst node, as `nlcst-to-string` gives it (a node's value,
 * else its children's texts joined), without an array and a join per call:
 * it runs for every word of every draft.
 */
import type {Nodes} from 'nlcst'

export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value
  const children = node.children ?? []
  if (children.length === 1) return nodeText(children[0])
  let text = ''
  for (const child of children) text += nodeText(child)
  return text
}
