/**
 * copydesk's port of retext-repeated-words (rules/repeated-words/doubles.ts)
 * must give exactly the messages retext-repeated-words gives, on real news
 * copy and on drafts full of doubles.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import retextRepeatedWords from 'retext-repeated-words'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseMarkdown} from '../src/parse/markdown.js'
import {parsePlainText} from '../src/parse/plain-text.js'
import {repeatedWordsOf} from '../rules/repeated-words/doubles.js'
import {root} from './helpers/fixtures.js'
import {messageFields} from './helpers/plugin-messages.js'

const corpus = path.resolve(root, '../shared/corpus/wikinews')

const own = [
  'That that was it. Had had, Can can? BLAH BLAH.\n',
  'The the council met on Monday. It had had enough; the the mayor said so so.\n',
  'D. D. will pop up with Duran Duran and Bella Bella, but not the the, nor was WAS, nor it’s it’s.\n',
  'Prices rose very, very fast: the the `code code` stays, and and [a link link](https://example.com) too.\n',
  'is is\n\nthat that can can blah blah tse tse\n\n“Yes yes,” she said. ¿Qué qué?\n'
]

/** Own drafts and every 3rd corpus article, where the corpus is there. */
function sample(): Array<{name: string; value: string}> {
  const drafts = own.map((value, index) => ({name: `own-${index}.md`, value}))
  if (!existsSync(corpus)) return drafts
  const names = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  for (const name of names.filter((_, index) => index % 3 === 0)) {
    // Each article twice over, with doubles typed in, so the port is compared on messages, not only on silence.
    const value = readFileSync(path.join(corpus, name), 'utf8').replace(/\b(the|of|to|said) /g, '$1 $1 ')
    drafts.push({name, value})
  }
  return drafts
}

function messagesOf(run: (tree: Root, file: VFile) => void, name: string, value: string) {
  const file = new VFile({path: name, value})
  run(name.endsWith('.md') ? parseMarkdown(value, file) : parsePlainText(value, file), file)
  return messageFields(file)
}

describe('repeated-words port', () => {
  it('gives the messages retext-repeated-words gives', () => {
    const original = retextRepeatedWords()
    let total = 0
    for (const draft of sample()) {
      const expected = messagesOf((tree, file) => original(tree, file), draft.name, draft.value)
      total += expected.length
      expect(messagesOf(repeatedWordsOf, draft.name, draft.value), draft.name).toEqual(expected)
    }
    // The comparison means nothing unless some doubles are reported (the own drafts alone give 12).
    expect(total).toBeGreaterThan(existsSync(corpus) ? 100 : 10)
  })
})
