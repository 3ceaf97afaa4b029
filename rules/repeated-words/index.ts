/** repeated-words: retext-repeated-words as a copydesk rule, with a list of words that may stand twice. */
import retextRepeatedWords from 'retext-repeated-words'
import {allowedRepeats as allowedTwice} from '../../src/lexicon/repeated-words.js'
import {ruleUrl} from '../../src/meta.js'
import {wrapPlugin} from '../../src/rule-kit/third-party.js'

interface RepeatedWordsOptions {
  /** More words that may stand twice in a row. */
  allow?: string[]
}

const repeatedWords = wrapPlugin<RepeatedWordsOptions>({
  meta: {
    id: 'repeated-words',
    description: 'A word typed twice in a row (`the the`).',
    options: {allow: 'string[]'},
    defaults: {allow: []},
    messages: {'repeated-word': 'a word typed twice in a row'}
  },
  defaultSeverity: 'warn',
  plugin: retextRepeatedWords,
  pluginOptions: () => undefined,
  url: ruleUrl('repeated-words'),
  reword(message) {
    const word = message.expected?.[0] ?? ''
    // Keep the first occurrence as written, so `The the` becomes `The`.
    const first = (message.actual ?? '').split(/\s/)[0]
    if (first) message.expected = [first]
    return `Repeated word: \`${message.actual ?? ''}\`; delete one \`${word}\``
  },
  keep(message, options) {
    const word = (message.expected?.[0] ?? '').toLowerCase()
    return !allowedTwice.has(word) && !options.allow.some((allowed) => allowed.toLowerCase() === word)
  }
})

export default repeatedWords
