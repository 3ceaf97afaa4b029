/** The parser with the allocation-free implicit-sentence step gives the stock parser's trees. */
import fc from 'fast-check'
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

describe('EnglishParser.tokenize', () => {
  const samples = [
    'The mayor said: "We’ll see." Then — silence!!! 3.5% of $1,200… ok?!',
    'Ünïcödé wörds, naïve café; 東京 and Москва, emoji 😀😀 👍🏽 and a lone \ud800 surrogate.',
    'Lines\r\nwith CRLF\rand CR\n\nand tabs\tand  spaces  ',
    '--- *** ### ... ,,, ;; :: !? ¿¡ «» ‘’ “” © ® ™ § ¶ • · ′ ″',
    'e-mail, o’clock, U.S.A., 9/11, 24/7, a+b=c, user@example.com, https://example.com/a?b=c#d',
    ''
  ]

  it('makes the stock tokenizer’s nodes and positions', () => {
    for (const text of samples) expect(new EnglishParser().tokenize(text)).toEqual(new ParseEnglish().tokenize(text))
  })

  it('agrees with the stock tokenizer on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), (text) => {
        expect(new EnglishParser().tokenize(text)).toEqual(new ParseEnglish().tokenize(text))
        expect(new EnglishParser().parse(text)).toEqual(new ParseEnglish().parse(text))
      }),
      {numRuns: 500}
    )
    const characters = [...'aZ9 \t\r\n.!?,;:-—’\'"“”()…$%&/😀\ud800\udc00é東']
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...characters), maxLength: 40}), (text) => {
        expect(new EnglishParser().tokenize(text)).toEqual(new ParseEnglish().tokenize(text))
        expect(new EnglishParser().parse(text)).toEqual(new ParseEnglish().parse(text))
      }),
      {numRuns: 1000}
    )
  })
})
