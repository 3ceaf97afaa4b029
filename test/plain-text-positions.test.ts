/**
 * Property: the plain-text tree's positions point into the original file.
 * The parser makes points in file coordinates (or, for text with carriage
 * returns, moves them there in place) and shares one point object per token
 * boundary (plain-text.ts, english-parser.ts), so here every node of random drafts (blank-line
 * and one-line paragraphs, CRLF and CR line ends, astral characters, and
 * paragraphs long enough to be parsed in several chunks) has offsets whose
 * slice is its text, and a line and column that agree with the offset.
 */
import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {parsePlainText} from '../src/parse/plain-text.js'

const words = [
  'The',
  'mayor',
  'said',
  'Mr.',
  'Ruiz',
  'harbour',
  'U.S.',
  '"reopened"',
  '5.2%',
  'Brightwater',
  'vote,',
  'plan.',
  '🙂',
  'naïve'
]
const breaks = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ']

const sentence = fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 12}).map((list) => `${list.join(' ')}.`)
const draft = fc
  .array(fc.tuple(fc.array(sentence, {minLength: 1, maxLength: 6}), fc.constantFrom(...breaks)), {minLength: 1, maxLength: 12})
  .map((paragraphs) => paragraphs.map(([sentences, end]) => sentences.join(' ') + end).join(''))

function checkTree(value: string): void {
  const tree: Root = parsePlainText(value, new VFile({value}))
  const place = location(value)
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    expect(position, node.type).toBeDefined()
    const {start, end} = position!
    expect(value.slice(start.offset, end.offset), node.type).toBe(toString(node))
    for (const point of [start, end]) {
      const expected = place.toPoint(point.offset!) ?? {line: 1, column: 1}
      expect({line: point.line, column: point.column}).toEqual({line: expected.line, column: expected.column})
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

describe('plain-text positions', () => {
  it('point every node into the original file', () => {
    fc.assert(
      fc.property(draft, (value) => checkTree(value)),
      {numRuns: 150, seed: 17}
    )
  })

  it('point into the file across the chunks of a paragraph longer than the parser is given at once', () => {
    fc.assert(
      fc.property(fc.array(sentence, {minLength: 900, maxLength: 1200}), fc.constantFrom('', '\r\n'), (sentences, before) =>
        checkTree(`Headline\r\n\r\n${before}${sentences.join(' ')}\n`)
      ),
      {numRuns: 4, seed: 17}
    )
  })
})
