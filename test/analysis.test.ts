/** The shared analysis: paragraphs, sentences, lines and quotations with file offsets. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentOf} from '../src/analysis/document.js'
import {createBaseProcessor} from '../src/pipeline/processor.js'
import {paragraphRanges} from '../src/parse/paragraphs.js'

function analyse(value: string, path = 'draft.txt') {
  const file = new VFile({path, value})
  const tree = createBaseProcessor().parse(file)
  return documentOf(tree as never, file)
}

describe('paragraph detection in plain text', () => {
  it('one paragraph per line when there are no blank lines', () => {
    const text = 'First paragraph here.\nSecond one.\nThird.'
    expect(paragraphRanges(text).map(({start, end}) => text.slice(start, end))).toEqual(['First paragraph here.', 'Second one.', 'Third.'])
  })

  it('hard-wrapped blocks separated by blank lines are one paragraph each', () => {
    const text =
      'The water board said on Saturday that the river had peaked at its highest\nlevel in thirty years and was now falling.\n\nResidents may return.\n'
    expect(paragraphRanges(text).map(({start, end}) => text.slice(start, end))).toEqual([
      'The water board said on Saturday that the river had peaked at its highest\nlevel in thirty years and was now falling.',
      'Residents may return.'
    ])
  })

  it('a block of short residue lines stays one line per paragraph', () => {
    const text = 'Body text.\n\nShare this:\nLeave a Reply\n'
    expect(paragraphRanges(text).map(({start, end}) => text.slice(start, end))).toEqual(['Body text.', 'Share this:', 'Leave a Reply'])
  })

  it('handles CRLF', () => {
    const text = 'One.\r\nTwo.\r\n'
    expect(paragraphRanges(text).map(({start, end}) => text.slice(start, end))).toEqual(['One.', 'Two.'])
  })
})

describe('document model', () => {
  it('keeps "Mr. Smith said" in one sentence and offsets point into the file', () => {
    const document = analyse('Mr. Smith said the plan was sound. The council agreed.\nA second paragraph.')
    expect(document.paragraphs).toHaveLength(2)
    expect(document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end))).toEqual([
      'Mr. Smith said the plan was sound.',
      'The council agreed.',
      'A second paragraph.'
    ])
    const word = document.sentences[2].words[1]
    expect([word.value, document.text.slice(word.start, word.end)]).toEqual(['second', 'second'])
  })

  it('parses very long paragraphs in chunks without losing or shifting tokens', () => {
    const sentence = 'The council met again on Tuesday to discuss the budget. '
    const text = sentence.repeat(600).trim()
    const document = analyse(text)
    expect(document.paragraphs).toHaveLength(1)
    expect(document.sentences).toHaveLength(600)
    for (const item of document.sentences) {
      expect(document.text.slice(item.start, item.end)).toBe(sentence.trim())
    }
  })
})

describe('lines of copy', () => {
  const lines = (text: string) => analyse(text).lines.map((line) => line.text)

  it('a paragraph is one line of copy, hard-wrapped or one sentence a line', () => {
    const wrapped =
      'The press asked the minister about the contract that same day, but he declined to\ncomment.\n\nThe council met.\n\nIt agreed.\n'
    expect(lines(wrapped)[0]).toBe('The press asked the minister about the contract that same day, but he declined to comment.')
    const sentences = 'Intro.\n\nDakota, a deer.\nImage: Ana Ruiz.\n\nEnd.\n'
    expect(lines(sentences)).toEqual(['Intro.', 'Dakota, a deer. Image: Ana Ruiz.', 'End.'])
  })

  it('short lines typed after wrapped prose stay lines of their own', () => {
    const text =
      'Quito water utility ended rationing on Sunday after a week of heavy rain\nrefilled the reservoirs that supply the capital, the utility director told\na news conference.\nShare on Facebook\nShare on X\n\nEnd.\n'
    expect(lines(text).slice(1, 3)).toEqual(['Share on Facebook', 'Share on X'])
  })
})

describe('quotations', () => {
  it('finds curly and straight quotes, split around a credit, with sentence spans', () => {
    const document = analyse(
      '“We will rebuild,” the mayor said, “and we will start in March.”\nShe called it "a historic day" for the town.'
    )
    const quotes = document.quotations.map((quote) => ({
      text: document.text.slice(quote.innerStart, quote.innerEnd),
      paragraph: quote.paragraph,
      full: quote.isFullSentence,
      closed: quote.closed
    }))
    expect(quotes).toEqual([
      {text: 'We will rebuild,', paragraph: 0, full: true, closed: true},
      {text: 'and we will start in March.', paragraph: 0, full: true, closed: true},
      {text: 'a historic day', paragraph: 1, full: false, closed: true}
    ])
  })

  it('links a quote continued into the next paragraph', () => {
    const document = analyse('"The first part of the statement runs on.\n"And the second part closes it," the chief said.')
    expect(document.quotations.map((quote) => [quote.closed, quote.continues])).toEqual([
      [false, undefined],
      [true, 0]
    ])
  })

  it('tells whether a range is inside a quotation', () => {
    const document = analyse('He said "the end result was fine" and left.')
    const start = document.text.indexOf('end result')
    expect(document.insideQuotation(start, start + 10)).toBe(true)
    expect(document.insideQuotation(0, 7)).toBe(false)
  })
})

describe('Markdown', () => {
  it('reads prose only, with positions in the original file', () => {
    const document = analyse('# Title\n\nSome *emphasis* here.\n\n```\ncode here\n```\n', 'draft.md')
    expect(document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end))).toEqual([
      'Title',
      'Some *emphasis* here.'
    ])
  })
})
