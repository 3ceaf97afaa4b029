/** readability: the seven formulas of retext-readability, computed once per sentence, as a copydesk rule. */
import {ruleUrl} from '../../src/meta.js'
import {wrapPlugin} from '../../src/rule-kit/third-party.js'
import fastReadability from './formulas.js'

interface ReadabilityOptions {
  age?: number
  minWords?: number
  threshold?: number
}

const readability = wrapPlugin<ReadabilityOptions>({
  meta: {
    id: 'readability',
    description: 'A sentence most readability formulas rate as hard for adult news readers.',
    options: {age: 'number', minWords: 'number', threshold: 'number'},
    // Adult news copy: readers of 18 and over, long sentences judged only past 20 words,
    // and flagged only when most of the seven formulas agree.
    defaults: {age: 22, minWords: 20, threshold: 5 / 7},
    messages: {'hard-sentence': 'a sentence most readability formulas rate above adult news level'},
    englishOnly: true
  },
  defaultSeverity: 'info',
  // Same messages as retext-readability, several times faster (see formulas.ts).
  plugin: fastReadability,
  pluginOptions: (options) => options,
  url: ruleUrl('readability'),
  reword(message) {
    const agreed = /according to (.+) algorithms/.exec(message.reason)?.[1] ?? 'most'
    return `Hard to read: ${agreed} readability formulas rate this sentence above adult news level; consider splitting it`
  }
})

export default readability
