/**
 * parse-english, with one paragraph step done without allocating: its
 * `breakImplicitSentences` splits the text of every white-space node with a
 * regular expression to count line breaks (an array and strings per space of
 * every draft). Here the breaks are counted in place; the trees are the same
 * (test/english-parser.test.ts compares them with the stock parser's).
 */
import type {Paragraph, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {nodeText} from './node-text.js'

/** parse-latin's paragraph steps, which parse-english runs after its own first one. */
const latinSteps = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeParagraphPlugins
/** `breakImplicitSentences` in parse-latin 7's list (the dependency is pinned; the test checks the swap). */
const stockBreak = latinSteps.length === 12 ? latinSteps[9] : undefined

export class EnglishParser extends ParseEnglish {}

EnglishParser.prototype.tokenizeParagraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins.map((step) =>
  step === stockBreak ? breakImplicitSentences : step
)

/**
 * parse-latin's step, as it does it: a sentence is broken at a white space
 * (not its first or last child) holding two line breaks or more, and the
 * new sentence after it is looked at in turn.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.type !== 'WhiteSpaceNode' || !twoLineBreaks(nodeText(node))) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]
      const head = children[position + 1]
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      // On to the next sibling: the white space, then the new sentence.
      break
    }
  }
  return undefined
}

/** Two line breaks or more (`\r\n` is one, as parse-latin's `/\r\n|\r|\n/` counts it). */
function twoLineBreaks(value: string): boolean {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (++breaks === 2) return true
  }
  return false
}
