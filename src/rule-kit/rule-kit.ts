/**
 * How a copydesk rule is declared: its meta (id, description, option
 * schemas, defaults, message ids) and a check that reads the shared document
 * model and reports what it finds. `defineRule` hands both to the one runner
 * (runner.ts), which third-party wrappers (third-party.ts) use too.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {documentOf, type DocumentModel} from '../analysis/document.js'
import {inForeignText} from '../analysis/languages.js'
import {createRule, MessageLimitReached, type RuleMeta, type RulePlugin} from './runner.js'

export {ConfigError, optionType, type OptionSchema, type FieldSchema, type ObjectListSchema, type ScalarType} from './schema.js'
export {
  crashMessageId,
  displayPath,
  guardPlugin,
  RuleSetting,
  stoppedMessageId,
  type RuleMeta,
  type RulePlugin,
  type Severity
} from './runner.js'

export interface Report {
  start: number
  end: number
  /** The editor's note: what is wrong, why it matters, what to write instead. */
  reason: string
  /** One of the rule's declared message ids; may be left out when the rule declares only one. */
  messageId?: string
  /** The text as written. */
  actual?: string
  /** Replacements for `actual`; `['']` means: delete it. */
  expected?: string[]
  /** Extra guidance shown under the reason by some reporters. */
  note?: string
  /** Lower this one message to info (advisory) whatever the rule's severity. */
  advisory?: boolean
}

export interface RuleContext<Options> {
  document: DocumentModel
  file: VFile
  options: Required<Options>
  report(report: Report): void
}

export function defineRule<Options extends object>(meta: RuleMeta<Options>, check: (context: RuleContext<Options>) => void): RulePlugin {
  return createRule<Required<Options>>({
    meta: meta as unknown as RuleMeta<Required<Options>>,
    defaultSeverity: 'warn',
    prepare: () => (tree: Root, file: VFile, options: Required<Options>) => {
      const document = documentOf(tree, file)
      const limit = file.data.copydeskMessageLimit
      check({
        document,
        file,
        options,
        report(report) {
          // An English-only rule says nothing about a stretch in another language.
          if (meta.englishOnly && inForeignText(document, report.start)) return
          const message = file.message(report.reason, {
            place: {start: document.point(report.start), end: document.point(report.end)}
          })
          message.actual = report.actual ?? document.text.slice(report.start, report.end)
          if (report.expected) message.expected = report.expected
          if (report.note) message.note = report.note
          if (report.messageId !== undefined) (message as {messageId?: string}).messageId = report.messageId
          if (report.advisory) (message as {copydeskAdvisory?: boolean}).copydeskAdvisory = true
          // Past the file's limit the rule stops here, instead of making messages nobody reads.
          if (limit !== undefined && file.messages.length >= limit) throw new MessageLimitReached()
        }
      })
    }
  })
}
