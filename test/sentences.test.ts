/** Sentence ends after abbreviations, in every format. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentOf} from '../src/analysis/document.js'
import {createBaseProcessor} from '../src/pipeline/processor.js'

function sentences(value: string, path = 'draft.txt'): string[] {
  const file = new VFile({path, value})
  const tree = createBaseProcessor().parse(file)
  const document = documentOf(tree as never, file)
  return document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end))
}

describe('sentence ends after abbreviations', () => {
  it('ends a sentence after p.m., a.m., Jr., St. and U.S. when a sentence opens next', () => {
    expect(sentences('The hall closed at 9 p.m. The crowd went home.')).toEqual(['The hall closed at 9 p.m.', 'The crowd went home.'])
    expect(sentences('Doors opened at 7 a.m. "We waited all night," said Ines Duarte.')).toEqual([
      'Doors opened at 7 a.m.',
      '"We waited all night," said Ines Duarte.'
    ])
    expect(sentences('The award went to Carl Hobbs Jr. He thanked the jury.')).toEqual([
      'The award went to Carl Hobbs Jr.',
      'He thanked the jury.'
    ])
    expect(sentences('The shop is on Mill St. It opens late.')).toEqual(['The shop is on Mill St.', 'It opens late.'])
    expect(sentences('The envoy flew back to the U.S. She landed at dawn.')).toEqual([
      'The envoy flew back to the U.S.',
      'She landed at dawn.'
    ])
  })

  it('keeps the sentence whole when no sentence opens after the abbreviation', () => {
    expect(sentences('U.S. officials met at 5 p.m. on Friday.')).toEqual(['U.S. officials met at 5 p.m. on Friday.'])
    expect(sentences('They prayed at St. Mary church and left.')).toEqual(['They prayed at St. Mary church and left.'])
    expect(sentences('The letter was signed by J. R. Pike.')).toEqual(['The letter was signed by J. R. Pike.'])
    expect(sentences('Carl Hobbs Jr. won the race.')).toEqual(['Carl Hobbs Jr. won the race.'])
  })

  it('joins No. and the number after it', () => {
    expect(sentences('The song reached No. 3 in the charts. It stayed there.')).toEqual([
      'The song reached No. 3 in the charts.',
      'It stayed there.'
    ])
  })

  it('works the same in Markdown and HTML', () => {
    expect(sentences('The hall closed at 9 p.m. The crowd went home.\n', 'draft.md')).toEqual([
      'The hall closed at 9 p.m.',
      'The crowd went home.'
    ])
    expect(sentences('<p>The hall closed at 9 p.m. The crowd went home.</p>', 'draft.html')).toEqual([
      'The hall closed at 9 p.m.',
      'The crowd went home.'
    ])
  })
})
