import type {Node, Parents, Root, Sentence} from 'nlcst'

/**
 * Every sentence of an nlcst tree with its parent, in document order, not
 * entering sentences: the walk of unist-util-visit for `SentenceNode`, without
 * its per-node callback and ancestor arrays (ports of retext plugins use it).
 */
export function eachSentence(tree: Root, visit: (sentence: Sentence, parent: Parents) => void): void {
  const stack: Array<{node: Parents; index: number}> = [{node: tree, index: 0}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.index >= top.node.children.length) {
      stack.pop()
      continue
    }
    const child = top.node.children[top.index++] as Node
    if (child.type === 'SentenceNode') visit(child as Sentence, top.node)
    else if ('children' in child && Array.isArray(child.children)) stack.push({node: child as Parents, index: 0})
  }
}
