/**
 * How a copydesk rule is declared.
 *
 * A rule is a `unified-lint-rule` plugin (origin `copydesk:<rule-id>`, the
 * severities `off`/`warn`/`error` and `[severity, options]` it takes) with
 * two additions: an `info` severity for advisory messages, which never fail
 * a `--frail` run, and option checking, so a typo in a config file is a
 * clear error instead of a silently ignored setting.
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {documentOf, type DocumentModel} from '../analysis/document.js'
import {inForeignText} from '../analysis/languages.js'
import {ruleUrl} from '../meta.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

/** What a rule accepts for each option: checked before the rule runs. */
export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'object[]' | 'severity'

export interface RuleMeta<Options extends object> {
  id: string
  /** One line: what the rule catches. */
  description: string
  options: {[Key in keyof Options]-?: OptionType}
  defaults: Required<Options>
  /** The rule reads English only: its messages in a stretch of another language are dropped. */
  englishOnly?: boolean
}

export interface Report {
  start: number
  end: number
  /** The editor's note: what is wrong, why it matters, what to write instead. */
  reason: string
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

export type RulePlugin = Plugin<[unknown?], Root> & {ruleId: string; description: string; meta: RuleMeta<any>}

const severities: Record<string, Severity> = {
  off: 'off', '0': 'off', false: 'off',
  info: 'info', suggestion: 'info',
  warn: 'warn', warning: 'warn', on: 'warn', '1': 'warn', true: 'warn',
  error: 'error', '2': 'error'
}

export class ConfigError extends Error {}

/** Split a rule's configuration into a severity and its options. */
export function parseRuleConfig(ruleId: string, config: unknown): {severity: Severity | undefined; options: unknown} {
  if (config === undefined || config === null) return {severity: undefined, options: undefined}
  if (Array.isArray(config)) {
    const [first, second, ...rest] = config
    const severity = severities[String(first)]
    if (severity === undefined || rest.length > 0) {
      throw new ConfigError(
        `rule \`${ruleId}\`: expected \`"off"\`, \`"info"\`, \`"warn"\` or \`"error"\`, optionally followed by an options object, not ${JSON.stringify(config)}`
      )
    }
    return {severity, options: second}
  }
  if (typeof config === 'string' || typeof config === 'number' || typeof config === 'boolean') {
    const severity = severities[String(config)]
    if (severity === undefined) {
      throw new ConfigError(`rule \`${ruleId}\`: unknown severity ${JSON.stringify(config)}: use "off", "info", "warn" or "error"`)
    }
    return {severity, options: undefined}
  }
  return {severity: undefined, options: config}
}

export function checkOptions<Options extends object>(meta: RuleMeta<Options>, given: unknown): Required<Options> {
  if (given === undefined) return meta.defaults
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new ConfigError(`rule \`${meta.id}\`: options must be an object, not ${JSON.stringify(given)}`)
  }
  const known = meta.options as Record<string, OptionType>
  for (const [key, value] of Object.entries(given)) {
    const type = known[key]
    if (!type) {
      const names = Object.keys(known)
      throw new ConfigError(
        `rule \`${meta.id}\`: unknown option \`${key}\`` +
          (names.length > 0 ? ` (it takes ${names.map((name) => '`' + name + '`').join(', ')})` : ' (it takes no options)')
      )
    }
    if (!fitsType(value, type)) {
      throw new ConfigError(`rule \`${meta.id}\`: option \`${key}\` must be ${describeType(type)}, not ${JSON.stringify(value)}`)
    }
  }
  return {...meta.defaults, ...(given as Options)}
}

function fitsType(value: unknown, type: OptionType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'string':
      return typeof value === 'string'
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
    case 'object[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
    case 'severity':
      return typeof value === 'string' && severities[value] !== undefined
  }
}

function describeType(type: OptionType): string {
  switch (type) {
    case 'string[]':
      return 'a list of strings'
    case 'object[]':
      return 'a list of objects'
    case 'severity':
      return 'one of "off", "info", "warn", "error"'
    default:
      return 'a ' + type
  }
}

export function defineRule<Options extends object>(
  meta: RuleMeta<Options>,
  check: (context: RuleContext<Options>) => void
): RulePlugin {
  const base = lintRule<Root, Required<Options>>(
    {origin: 'copydesk:' + meta.id, url: ruleUrl(meta.id)},
    function (tree, file, options) {
      const document = documentOf(tree, file)
      const advisory: unknown[] = []
      check({
        document,
        file,
        options,
        report(report) {
          if (meta.englishOnly && inForeignText(document, report.start)) return
          const message = file.message(report.reason, {
            place: {start: document.point(report.start), end: document.point(report.end)},
            ruleId: meta.id,
            source: 'copydesk'
          })
          message.actual = report.actual ?? document.text.slice(report.start, report.end)
          if (report.expected) message.expected = report.expected
          if (report.note) message.note = report.note
          if (report.advisory) advisory.push(message)
        }
      })
      // Advisory reports are marked here; the severity wrapper below keeps them at info.
      for (const message of advisory) (message as {copydeskAdvisory?: boolean}).copydeskAdvisory = true
    }
  )

  const plugin = function (this: unknown, config?: unknown) {
    const {severity, options} = parseRuleConfig(meta.id, config)
    const checked = checkOptions(meta, options)
    const level = severity ?? 'warn'
    if (level === 'off') return
    const transformer = (base as unknown as (this: unknown, config: unknown) => Transformer<Root>).call(this, [
      level === 'error' ? 'error' : 'warn',
      checked
    ]) as (tree: Root, file: VFile, next: (error?: Error) => void) => void
    return function (tree: Root, file: VFile, next: (error?: Error) => void) {
      const before = file.messages.length
      transformer(tree, file, function (error) {
        for (let index = before; index < file.messages.length; index++) {
          const message = file.messages[index] as (typeof file.messages)[number] & {copydeskAdvisory?: boolean}
          if (level === 'info' || message.copydeskAdvisory) message.fatal = undefined
          delete message.copydeskAdvisory
        }
        next(error)
      })
    }
  } as RulePlugin
  Object.defineProperty(plugin, 'name', {value: 'copydesk:' + meta.id})
  plugin.ruleId = meta.id
  plugin.description = meta.description
  plugin.meta = meta
  return plugin
}
