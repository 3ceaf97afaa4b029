/**
 * Third-party retext plugins as copydesk rules: the same severities and
 * option checks as our own rules, messages reworded as an editor's note,
 * and no syntax trees left on messages (they would bloat JSON reports).
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentOf} from '../analysis/document.js'
import {inForeignText} from '../analysis/languages.js'
import {checkOptions, parseRuleConfig, type RuleMeta, type RulePlugin, type Severity} from './rule-kit.js'

export interface WrapSpec<Options extends object> {
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

export function wrapPlugin<Options extends object>(spec: WrapSpec<Options>): RulePlugin {
  const plugin = function (this: unknown, config?: unknown) {
    const {severity, options} = parseRuleConfig(spec.meta.id, config)
    const checked = checkOptions(spec.meta, options)
    const level = severity ?? spec.defaultSeverity
    if (level === 'off') return
    const transformer = spec.plugin.call(this, spec.pluginOptions(checked)) as Transformer<Root>
    return function (tree: Root, file: VFile) {
      const before = file.messages.length
      ;(transformer as (tree: Root, file: VFile) => void)(tree, file)
      if (spec.keep || spec.meta.englishOnly) {
        const document = documentOf(tree, file)
        const english = (message: VFileMessage) => !spec.meta.englishOnly || !inForeignText(document, startOffset(message))
        const added = file.messages.splice(before).filter((message) => english(message) && (!spec.keep || spec.keep(message, checked)))
        for (const message of added) file.messages.push(message)
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


function startOffset(message: VFileMessage): number {
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  return point?.offset ?? -1
}
