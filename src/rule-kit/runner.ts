/**
 * The one runner every rule goes through, copydesk's own and wrapped
 * third-party plugins alike. It
 *
 * - takes the rule's setting (`"warn"`, `["error", {…}]`, an options object)
 *   already checked by the configuration (a `RuleSetting`), or checks a raw
 *   one itself when the rule is used as a bare unified plugin;
 * - stamps every message the rule makes with the rule id, `source`
 *   `copydesk`, the doc page, a stable message id and the severity
 *   (`fatal`: true for error, false for warn, unset for info);
 * - turns a rule that throws into one fatal message,
 *   `rule <id> crashed on <file>: <reason>`, with the message id
 *   `copydesk/rule-crashed`, and keeps every other rule's messages: the run
 *   goes on, and the CLI exits 2;
 * - stops a file once it has as many messages as the pipeline allows.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl} from '../meta.js'
import {checkOptions, ConfigError, severityOf, shown, type OptionSchema} from './schema.js'
import '../types.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

export interface RuleMeta<Options extends object> {
  id: string
  /** One line: what the rule catches. */
  description: string
  options: {[Key in keyof Options]-?: OptionSchema}
  defaults: Required<Options>
  /**
   * Every message the rule can make, by message id (without the rule id),
   * with what it means. A message's full id is `<rule id>/<message id>`.
   */
  messages: Readonly<Record<string, string>>
  /** The rule reads English only: its messages in a stretch of another language are dropped. */
  englishOnly?: boolean
}

/** Message ids of messages about the run itself, not about the copy. */
export const crashMessageId = 'copydesk/rule-crashed'
export const stoppedMessageId = 'copydesk/too-many-messages'

/** A rule's severity and options, checked once (by the configuration); the runner trusts it. */
export class RuleSetting<Options extends object = object> {
  readonly severity: Severity
  readonly options: Options
  private constructor(severity: Severity, options: Options) {
    this.severity = severity
    this.options = options
    Object.freeze(this)
  }

  /** Check a setting as a configuration writes it. */
  static parse<Options extends object>(meta: RuleMeta<Options>, config: unknown, defaultSeverity: Severity = 'warn'): RuleSetting<Options> {
    const {severity, options} = splitSetting(meta.id, config)
    const checked = checkOptions(meta.id, meta.options as Record<string, OptionSchema>, meta.defaults, options) as Options
    return new RuleSetting(severity ?? defaultSeverity, checked)
  }

  /** A setting already checked elsewhere (sent to a worker as plain data). */
  static trusted<Options extends object>(data: {severity: Severity; options: Options}): RuleSetting<Options> {
    return new RuleSetting(data.severity, data.options)
  }
}

/** Split a rule's configuration into a severity and its options. */
function splitSetting(ruleId: string, config: unknown): {severity: Severity | undefined; options: unknown} {
  if (config === undefined || config === null) return {severity: undefined, options: undefined}
  if (Array.isArray(config)) {
    const severity = severityOf(config[0])
    if (severity === undefined || config.length > 2) {
      throw new ConfigError(
        `${ruleId}: expected "off", "info", "warn" or "error", optionally followed by an options object, not ${shown(config)}`
      )
    }
    return {severity, options: config[1]}
  }
  if (typeof config === 'string' || typeof config === 'number' || typeof config === 'boolean') {
    const severity = severityOf(config)
    if (severity === undefined) throw new ConfigError(`${ruleId}: unknown severity ${shown(config)}: use "off", "info", "warn" or "error"`)
    return {severity, options: undefined}
  }
  return {severity: undefined, options: config}
}

/** What one rule does to one file: add messages to it (through `file.message`). */
export type RuleBody<Options> = (tree: Root, file: VFile, options: Options) => void | Promise<void>

/** A rule as unified sees it: a plugin taking a setting. */
export type RulePlugin = ((this: unknown, setting?: unknown) => ((tree: Root, file: VFile) => Promise<void>) | undefined) & {
  ruleId: string
  description: string
  meta: RuleMeta<any>
  /** The severity when a setting gives only options. */
  defaultSeverity: Severity
}

/** Thrown by `report` once the file has all the messages it may have. */
export class MessageLimitReached extends Error {}

export interface RunnerSpec<Options extends object> {
  meta: RuleMeta<Options>
  defaultSeverity: Severity
  url?: string
  /** Called once per processor with the checked options: returns the body run on each file. */
  prepare(this: unknown, options: Options): RuleBody<Options>
  /** The message id (without the rule id) of a message the body made, when it did not set one. */
  messageId?(message: VFileMessage): string | undefined
}

export function createRule<Options extends object>(spec: RunnerSpec<Options>): RulePlugin {
  const {meta} = spec
  const url = spec.url ?? ruleUrl(meta.id)
  const onlyMessage = Object.keys(meta.messages).length === 1 ? Object.keys(meta.messages)[0] : undefined
  const plugin = function (this: unknown, config?: unknown) {
    const setting = config instanceof RuleSetting ? (config as RuleSetting<Options>) : RuleSetting.parse(meta, config, spec.defaultSeverity)
    if (setting.severity === 'off') return undefined
    const body = spec.prepare.call(this, setting.options)
    const fatal = setting.severity === 'error' ? true : setting.severity === 'warn' ? false : undefined
    return async function (tree: Root, file: VFile): Promise<void> {
      if (file.data.copydeskStopped) return
      const before = file.messages.length
      try {
        await body(tree, file, setting.options)
      } catch (error) {
        if (error instanceof MessageLimitReached) {
          file.data.copydeskStopped = true
        } else {
          // What the rule made before it crashed is not trustworthy: one line says what happened instead.
          file.messages.splice(before)
          crashed(file, meta.id, error)
          return
        }
      }
      for (let index = before; index < file.messages.length; index++) {
        const message = file.messages[index] as VFileMessage & {messageId?: string; copydeskAdvisory?: boolean}
        const local = message.messageId ?? spec.messageId?.(message) ?? onlyMessage
        if (local === undefined || !Object.hasOwn(meta.messages, local)) {
          file.messages.splice(before)
          crashed(file, meta.id, new Error(`it made a message without a declared message id (${shown(local)}): ${message.reason}`))
          return
        }
        message.messageId = meta.id + '/' + local
        message.ruleId = meta.id
        message.source = 'copydesk'
        message.url = url
        message.fatal = message.copydeskAdvisory ? undefined : fatal
        delete message.copydeskAdvisory
        delete message.ancestors
      }
      const limit = file.data.copydeskMessageLimit
      if (limit !== undefined && file.messages.length >= limit) file.data.copydeskStopped = true
    }
  } as RulePlugin
  Object.defineProperty(plugin, 'name', {value: 'copydesk:' + meta.id})
  plugin.ruleId = meta.id
  plugin.description = meta.description
  plugin.meta = meta
  plugin.defaultSeverity = spec.defaultSeverity
  return plugin
}

/** One fatal line for a rule that threw. */
function crashed(file: VFile, ruleId: string, error: unknown, url: string | undefined = ruleUrl(ruleId)): void {
  const reason = error instanceof Error ? error.message : String(error)
  const message = file.message(`rule ${ruleId} crashed on ${displayPath(file)}: ${reason.split('\n')[0]}`, {
    ruleId,
    source: 'copydesk'
  })
  Object.assign(message, {messageId: crashMessageId, fatal: true, url, stack: ''})
}

/** The file's path as the user gave it, relative to the folder they ran in. */
export function displayPath(file: VFile): string {
  // String work, not node:path: the rule kit runs in the browser playground too.
  if (!file.path) return '<stdin>'
  const folder = file.cwd.endsWith('/') ? file.cwd : file.cwd + '/'
  return file.path.startsWith(folder) ? file.path.slice(folder.length) : file.path
}

type AnyTransformer = (tree: Root, file: VFile, next?: (error?: unknown) => void) => unknown

/** A unified transformer of any kind: synchronous, returning a promise, or taking a callback. */
export function runTransformer(transformer: AnyTransformer, tree: Root, file: VFile): Promise<void> {
  if (transformer.length >= 3) {
    return new Promise((resolve, reject) => {
      transformer(tree, file, (error) => (error ? reject(error) : resolve()))
    })
  }
  return Promise.resolve(transformer(tree, file)).then((result) => {
    if (result instanceof Error) throw result
  })
}

/**
 * Another unified plugin (from a config's `plugins` or `--use`) run as a rule
 * is: a throw in it becomes the same one fatal line, and the other rules'
 * messages are kept. Its messages are its own (rule id, source, severity).
 */
export function guardPlugin(plugin: (this: unknown, ...parameters: unknown[]) => unknown, label: string) {
  const guarded = function (this: unknown, ...parameters: unknown[]) {
    const transformer = plugin.apply(this, parameters) as AnyTransformer | undefined
    if (typeof transformer !== 'function') return transformer
    return async function (tree: Root, file: VFile): Promise<void> {
      if (file.data.copydeskStopped) return
      const before = file.messages.length
      try {
        await runTransformer(transformer, tree, file)
      } catch (error) {
        // A plugin may report by failing (`file.fail`): that message is its report, not a crash.
        if (file.messages.includes(error as VFileMessage)) return
        file.messages.splice(before)
        crashed(file, label, error, undefined)
      }
    }
  }
  Object.defineProperty(guarded, 'name', {value: plugin.name || label})
  return guarded
}
