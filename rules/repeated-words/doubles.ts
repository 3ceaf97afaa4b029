/**
 * retext-repeated-words 5.0.0 (MIT, Titus Wormer), rewritten for speed with
 * identical messages: the original walks the tree with unist-util-visit and
 * reads every word with nlcst-to-string; here a plain walk finds the
 * sentences and a word's text is read without an array and a join. What is
 * reported, where, and the message text, ids, `actual`, `expected` and
 * `ancestors` are the original's (checked against it in the tests).
 */
import type {Node, Nodes, Root, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {eachSentence} from '../../src/parse/each-sentence.js'
import {lowerCase} from '../../src/lexicon/words.js'
import {nodeText} from '../../src/parse/node-text.js'

/** Words that can legally occur twice (`the best exhibition they had had since`): the original's list. */
const list = new Set(['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau'])

export function repeatedWordsOf(tree: Root, file: VFile): void {
  eachSentence(tree, (sentence) => checkSentence(sentence, file))
}

function checkSentence(parent: Sentence, file: VFile): void {
  const children = parent.children
  // Index and lower-cased text of the word before the white space, and of the current word.
  let previousIndex = -1
  let previousValue = ''
  let currentIndex = -1
  let currentValue = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      const value = nodeText(child as Nodes)
      currentIndex = index
      currentValue = lowerCase(value)
      if (previousIndex !== -1 && previousValue === currentValue && !ignore(value)) {
        const start = pointOf(children[previousIndex], 'start')
        const end = pointOf(child, 'end')
        const message = file.message('Unexpected repeated `' + value + '`, remove one occurrence', {
          ancestors: [parent, child],
          place: start && end ? {start, end} : undefined,
          ruleId: currentValue.replace(/\W+/g, '-'),
          source: 'retext-repeated-words'
        })
        message.actual = toString(children.slice(previousIndex, index + 1))
        message.expected = [value]
        message.url = 'https://github.com/retextjs/retext-repeated-words#readme'
      }
    } else if (child.type === 'WhiteSpaceNode') {
      previousIndex = currentIndex
      previousValue = currentValue
      currentIndex = -1
    } else {
      previousIndex = -1
      currentIndex = -1
    }
  }
}

/** Whether a word typed twice is left alone: the original's exceptions (`had had`, `D. D.`, `Duran Duran`). */
function ignore(value: string): boolean {
  if (list.has(value.toLowerCase())) return true
  const head = value.charAt(0)
  if (head === head.toUpperCase()) {
    if (value.length === 2 && value.charAt(1) === '.') return true
    const tail = value.slice(1)
    if (tail === tail.toLowerCase()) return true
  }
  return false
}

/** A fresh copy of a node's start or end point, as unist-util-position gives it (undefined unless line and column are set). */
function pointOf(node: Node, side: 'start' | 'end'): Point | undefined {
  const point = node.position?.[side]
  if (!point || typeof point.line !== 'number' || point.line <= 0 || typeof point.column !== 'number' || point.column <= 0) return undefined
  return {line: point.line, column: point.column, offset: typeof point.offset === 'number' && point.offset > -1 ? point.offset : undefined}
}
