/** repeated-words: retext-repeated-words as a copydesk rule, with a list of words that may stand twice. */
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {allowedOnlyAfter, allowedRepeats as allowedTwice} from '../../src/lexicon/repeated-words.js'
import {ruleUrl} from '../../src/meta.js'
import {wrapPlugin} from '../../src/rule-kit/third-party.js'
import type {VFile} from 'vfile'
import {capitalisedDoubles} from './capitalised.js'
import {repeatedWordsOf} from './doubles.js'
import {mergeRuns} from './runs.js'

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
  // retext-repeated-words (as doubles.ts, same messages), then the capitalised ordinary words it passes over
  // (`Monday Monday`); a word typed three times is one run, not two overlapping pairs.
  plugin: () => (tree: Root, file: VFile) => {
    let from = file.messages.length
    repeatedWordsOf(tree, file)
    mergeRuns(file, from)
    from = file.messages.length
    capitalisedDoubles(tree, file)
    mergeRuns(file, from)
  },
  pluginOptions: () => undefined,
  url: ruleUrl('repeated-words'),
  reword(message) {
    const word = message.expected?.[0] ?? ''
    // Keep the first occurrence as written, so `The the` becomes `The`.
    const first = (message.actual ?? '').split(/\s/)[0]
    if (first) message.expected = [first]
    const times = (message.actual ?? '').split(/\s+/).length
    return times > 2
      ? `Word typed ${times} times: \`${message.actual ?? ''}\`; keep one \`${word}\``
      : `Repeated word: \`${message.actual ?? ''}\`; delete one \`${word}\``
  },
  keep(message, options) {
    const word = (message.expected?.[0] ?? '').toLowerCase()
    if (options.allow.some((allowed) => allowed.toLowerCase() === word)) return false
    if (!allowedTwice.has(word)) return true
    const after = allowedOnlyAfter.get(word)
    return after !== undefined && !after.has(wordBefore(message.ancestors?.[0] as Sentence | undefined, message.ancestors?.[1], after))
  }
})

/** How far back a condition word may stand (`what the plan really is is`). */
const reach = 6

/**
 * A word of `wanted` among the few words before the pair that ends with `child`, or '' when
 * none is: the sentence is read back from the pair's first word, a bounded walk.
 */
function wordBefore(sentence: Sentence | undefined, child: unknown, wanted: ReadonlySet<string>): string {
  if (!sentence) return ''
  const children = sentence.children
  const end = children.indexOf(child as (typeof children)[number])
  let seen = 0
  let skippedPair = 0
  for (let index = end; index >= 0 && seen < reach; index--) {
    const node = children[index]
    if (node.type !== 'WordNode') continue
    // The pair itself (`is is`) is not its own condition.
    if (skippedPair < 2) {
      skippedPair++
      continue
    }
    const value = toString(node).toLowerCase()
    if (wanted.has(value)) return value
    seen++
  }
  return ''
}

export default repeatedWords
