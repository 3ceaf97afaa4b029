/**
 * Capitalised doubles that retext-repeated-words leaves alone so as to pass
 * names (`Duran Duran`, `Sirhan Sirhan`): a capitalised ordinary word typed
 * twice (`European European`, `Monday Monday`) is a slip all the same. The
 * word must be in the English word list and not a name doubled on purpose
 * (data/repeated-words-allowed.json: `Walla Walla`, `Sing Sing`).
 */
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {isEnglishWord} from '../../src/lexicon/english-words.js'
import {allowedRepeats} from '../../src/lexicon/repeated-words.js'

/** `Monday`, not `MONDAY`, `monday` or `McDonald`. */
const capitalised = /^\p{Lu}\p{Ll}+$/u

/** The sentences of the tree, in order, wherever the parser nests them (paragraphs, list items). */
function sentencesOf(tree: Root): Sentence[] {
  const found: Sentence[] = []
  const stack: Array<Root | Root['children'][number]> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'SentenceNode') found.push(node)
    else if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Root['children'][number])
  }
  return found
}

export function capitalisedDoubles(tree: Root, file: VFile): void {
  for (const sentence of sentencesOf(tree)) {
    let previous: {index: number; value: string} | undefined
    let current: {index: number; value: string} | undefined
    sentence.children.forEach((child, index) => {
      if (child.type === 'WordNode') {
        const value = toString(child)
        current = {index, value}
        const lower = value.toLowerCase()
        if (previous?.value === value && capitalised.test(value) && isEnglishWord(lower) && !allowedRepeats.has(lower)) {
          const start = sentence.children[previous.index].position?.start
          const end = child.position?.end
          const message = file.message('Unexpected repeated `' + value + '`, remove one occurrence', {
            ancestors: [sentence, child],
            place: start && end ? {start, end} : undefined,
            ruleId: lower.replace(/\W+/g, '-'),
            source: 'retext-repeated-words'
          })
          message.actual = toString(sentence.children.slice(previous.index, index + 1))
          message.expected = [value]
        }
      } else if (child.type === 'WhiteSpaceNode') {
        previous = current
        current = undefined
      } else {
        previous = undefined
        current = undefined
      }
    })
  }
}
