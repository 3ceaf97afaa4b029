/**
 * copydesk's readability implementation must give exactly the messages
 * retext-readability gives, with the same options, on real news copy.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import retextReadability from 'retext-readability'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parsePlainText} from '../src/parse/plain-text.js'
import fastReadability from '../rules/readability/formulas.js'
import {root} from './helpers/fixtures.js'
import {messageFields} from './helpers/plugin-messages.js'

const corpus = path.resolve(root, '../shared/corpus/wikinews')

/** Every 5th corpus article, or own drafts where the corpus is absent. */
function sample(): Array<{name: string; value: string}> {
  const own = [
    {
      name: 'own.txt',
      value:
        'The regional transport authority, which had previously postponed its consideration of the proposed infrastructural modernisation programme on three separate occasions, finally approved the comprehensive recommendations yesterday.\n' +
        'Buses ran late. The mayor said the plan was good and that the city would pay for it.\n' +
        'Notwithstanding considerable institutional opposition, parliamentary representatives overwhelmingly authorised extraordinary expenditure for environmental rehabilitation.\n'
    }
  ]
  if (!existsSync(corpus)) return own
  const names = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  return [
    ...own,
    ...names.filter((_, index) => index % 5 === 0).map((name) => ({name, value: readFileSync(path.join(corpus, name), 'utf8')}))
  ]
}

function messagesOf(plugin: (options?: any) => (tree: any, file: VFile) => void, options: object | undefined, value: string) {
  const file = new VFile({value})
  plugin(options)(parsePlainText(value, file), file)
  return messageFields(file)
}

describe('readability', () => {
  const drafts = sample()
  const settings: Array<object | undefined> = [
    undefined,
    {age: 22, minWords: 20, threshold: 5 / 7},
    {age: 14, minWords: 3, threshold: 2 / 7}
  ]

  for (const options of settings) {
    it(`matches retext-readability with options ${JSON.stringify(options)}`, () => {
      let total = 0
      for (const draft of drafts) {
        const expected = messagesOf(retextReadability as never, options, draft.value)
        total += expected.length
        expect(messagesOf(fastReadability, options, draft.value), draft.name).toEqual(expected)
      }
      // The comparison means nothing unless some sentences are flagged.
      expect(total).toBeGreaterThan(0)
    })
  }
})
