/**
 * Third-party retext plugins as copydesk rules: the same severities and
 * option checks as our own rules, messages reworded as an editor's note,
 * and no syntax trees left on messages (they would bloat JSON reports).
 */
import type {Root} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import allowedRepeats from '../data/repeated-words-allowed.json' with {type: 'json'}
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl} from './meta.js'
import fastReadability from './readability.js'
import {checkOptions, parseRuleConfig, type RuleMeta, type RulePlugin, type Severity} from './rule-kit.js'

interface WrapSpec<Options extends object> {
  meta: RuleMeta<Options>
  defaultSeverity: Severity
  plugin: (options?: any) => unknown
  /** Options handed to the plugin, from the checked copydesk options. */
  pluginOptions(options: Required<Options>): unknown
  url: string
  reword(message: VFileMessage): string
  /** Drop a message the plugin made that copydesk's options accept. */
  keep?(message: VFileMessage, options: Required<Options>): boolean
}

function wrapPlugin<Options extends object>(spec: WrapSpec<Options>): RulePlugin {
  const plugin = function (this: unknown, config?: unknown) {
    const {severity, options} = parseRuleConfig(spec.meta.id, config)
    const checked = checkOptions(spec.meta, options)
    const level = severity ?? spec.defaultSeverity
    if (level === 'off') return
    const transformer = spec.plugin.call(this, spec.pluginOptions(checked)) as Transformer<Root>
    return function (tree: Root, file: VFile) {
      const before = file.messages.length
      ;(transformer as (tree: Root, file: VFile) => void)(tree, file)
      if (spec.keep) {
        const added = file.messages.splice(before).filter((message) => spec.keep!(message, checked))
        file.messages.push(...added)
      }
      for (let index = before; index < file.messages.length; index++) {
        const message = file.messages[index]
        delete message.ancestors
        message.reason = spec.reword(message)
        message.message = message.reason
        message.ruleId = spec.meta.id
        message.url = spec.url
        message.fatal = level === 'error' ? true : level === 'warn' ? false : undefined
      }
    }
  } as RulePlugin
  Object.defineProperty(plugin, 'name', {value: 'copydesk:' + spec.meta.id})
  plugin.ruleId = spec.meta.id
  plugin.description = spec.meta.description
  plugin.meta = spec.meta
  return plugin
}

interface RepeatedWordsOptions {
  /** More words that may stand twice in a row. */
  allow?: string[]
}

const allowedTwice = new Set(allowedRepeats.entries.map((entry) => entry.word))

export const repeatedWords = wrapPlugin<RepeatedWordsOptions>({
  meta: {
    id: 'repeated-words',
    description: 'A word typed twice in a row (`the the`).',
    options: {allow: 'string[]'},
    defaults: {allow: []}
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

interface ReadabilityOptions {
  age?: number
  minWords?: number
  threshold?: number
}

export const readability = wrapPlugin<ReadabilityOptions>({
  meta: {
    id: 'readability',
    description: 'A sentence most readability formulas rate as hard for adult news readers.',
    options: {age: 'number', minWords: 'number', threshold: 'number'},
    // Adult news copy: readers of 18 and over, long sentences judged only past 20 words,
    // and flagged only when most of the seven formulas agree.
    defaults: {age: 22, minWords: 20, threshold: 5 / 7}
  },
  defaultSeverity: 'info',
  // Same messages as retext-readability, several times faster (see readability.ts).
  plugin: fastReadability,
  pluginOptions: (options) => options,
  url: ruleUrl('readability'),
  reword(message) {
    const agreed = /according to (.+) algorithms/.exec(message.reason)?.[1] ?? 'most'
    return `Hard to read: ${agreed} readability formulas rate this sentence above adult news level; consider splitting it`
  }
})
