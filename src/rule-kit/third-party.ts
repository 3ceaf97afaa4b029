/**
 * Third-party retext plugins as copydesk rules, through the same runner as
 * copydesk's own (runner.ts): the same severities, option schemas, message
 * ids and crash handling; messages reworded as an editor's note.
 */
import type {VFileMessage} from 'vfile-message'
import {documentOf} from '../analysis/document.js'
import {inForeignText} from '../analysis/languages.js'
import {createRule, runTransformer, type RuleMeta, type RulePlugin, type Severity} from './runner.js'

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
  /** The message id of one of its messages, when the rule declares more than one. */
  messageId?(message: VFileMessage): string
}

type Transformer = Parameters<typeof runTransformer>[0]

export function wrapPlugin<Options extends object>(spec: WrapSpec<Options>): RulePlugin {
  return createRule<Required<Options>>({
    meta: spec.meta as unknown as RuleMeta<Required<Options>>,
    defaultSeverity: spec.defaultSeverity,
    url: spec.url,
    messageId: spec.messageId,
    prepare(options) {
      const transformer = spec.plugin.call(this, spec.pluginOptions(options)) as Transformer | undefined
      return async (tree, file) => {
        const before = file.messages.length
        if (transformer) await runTransformer(transformer, tree, file)
        // Filter in place (no spread of a list that may be long), up to the file's message limit.
        const limit = file.data.copydeskMessageLimit ?? Infinity
        let kept = before
        for (let index = before; index < file.messages.length; index++) {
          const message = file.messages[index]
          if (spec.keep && !spec.keep(message, options)) continue
          if (
            spec.meta.englishOnly &&
            inForeignText(documentOf(tree, file), message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0)
          )
            continue
          if (kept >= limit) {
            file.data.copydeskStopped = true
            break
          }
          delete message.ancestors
          message.reason = spec.reword(message)
          message.message = message.reason
          file.messages[kept++] = message
        }
        file.messages.length = kept
      }
    }
  })
}
