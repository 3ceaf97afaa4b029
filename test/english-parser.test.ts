/** The parser with the allocation-free implicit-sentence step gives the stock parser's trees. */
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {breakImplicitSentences, EnglishParser} from '../src/parse/english-parser.js'

const texts = [
  'One two\n\nthree four.',
  'One two\r\n\r\nthree four\n\nfive six.',
  'One two\r\rthree. Four \n \n five\n six.',
  'A line\nand another line\r\nand a third.',
  'Seven\n\n\n\neight nine\n\nten.',
  '\n\nLeading and trailing\n\n',
  'No breaks at all, just words.'
]

describe('EnglishParser', () => {
  it('swaps only parse-latin’s implicit-sentence step', () => {
    const stock = ParseEnglish.prototype.tokenizeParagraphPlugins
    const lean = EnglishParser.prototype.tokenizeParagraphPlugins
    expect(lean).toHaveLength(stock.length)
    expect(lean.filter((step, index) => step !== stock[index])).toEqual([breakImplicitSentences])
  })

  it('breaks a sentence at two line breaks, as the stock parser does', () => {
    const paragraph = new EnglishParser().tokenizeParagraph('One two\n\nthree four.')
    expect(paragraph.children.map((child) => child.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode'])
  })

  it('gives the stock parser’s trees, positions included', () => {
    for (const text of texts) {
      expect(new EnglishParser().tokenizeParagraph(text)).toEqual(new ParseEnglish().tokenizeParagraph(text))
      expect(new EnglishParser().parse(text)).toEqual(new ParseEnglish().parse(text))
    }
  })
})
