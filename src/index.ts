/**
 * The library API, for CMS integrations and scripts:
 *
 *   import {lint} from 'copydesk'
 *   const file = await lint('<p>The the draft.</p>', {format: 'html', config: {rules: {readability: 'off'}}})
 *   for (const message of file.messages) console.log(message.line, message.column, message.ruleId, message.reason, message.expected)
 *
 * The same processor, presets, rules and inline comments as the CLI (which
 * hands the same processor and resolved configuration to unified-engine).
 * A draft that cannot be read (binary, not UTF-8, empty) resolves to a file
 * with one fatal message, as the CLI reports it; only a bad configuration
 * rejects (with a `ConfigError`).
 */
import {VFile, type Compatible} from 'vfile'
import {resolveConfig, type CopydeskConfig} from './config/config.js'
import {defaultMaxMessages, lintDraft} from './pipeline/draft.js'
import type {DraftFormat} from './pipeline/formats.js'
import {ConfigError} from './rule-kit/rule-kit.js'
import './types.js'

export type {CopydeskConfig} from './config/config.js'
export type {DraftFormat} from './pipeline/formats.js'
export type {Severity} from './rule-kit/rule-kit.js'
export {reporters, reporterNames} from './reporters/index.js'
export {presets} from './config/presets.js'
export {createProcessor} from './pipeline/create-processor.js'
export {rules, ruleIds} from '../rules/index.js'
export {ConfigError} from './rule-kit/rule-kit.js'
export {defaultMaxMessages} from './pipeline/draft.js'

export interface LintOptions {
  /** A copydesk configuration, as in `.retextrc.json`; the recommended preset when absent. */
  config?: CopydeskConfig
  /**
   * `text`, `markdown` or `html`. Without it the file name's extension decides
   * (`.md`, `.html`/`.htm`, else plain text); a bare string is plain text.
   */
  format?: DraftFormat
  /** Stop after this many messages, with one message saying so (default 1,000; 0: no limit). */
  maxMessages?: number
}

const formats = new Set<string>(['text', 'markdown', 'html'])

/**
 * Lint a draft (a string, a VFile, or anything VFile accepts, such as
 * `{path, value}`) and return the file with its messages. Each message has
 * `line`, `column`, `place` (start and end), `ruleId`, `messageId`, `reason`,
 * `url`, `actual`, `expected` (suggested replacements; `''` means delete),
 * `fatal` (`true` error, `false` warning, unset advice) and, for a single
 * suggestion, `copydeskFix`: the edit the fixer makes for it (`startLine`,
 * `startColumn`, `endLine`, `endColumn`, `text`; a deleted credit takes its comma).
 */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  const file = toFile(input)
  if (options.format !== undefined) {
    if (typeof options.format !== 'string' || !formats.has(options.format)) {
      throw new TypeError(`lint(): unknown format ${JSON.stringify(options.format)}: use "text", "markdown" or "html"`)
    }
    file.data.copydeskFormat = options.format
  }
  const maxMessages = options.maxMessages ?? defaultMaxMessages
  if (!Number.isInteger(maxMessages) || maxMessages < 0)
    throw new TypeError(`lint(): maxMessages must be a whole number (0: no limit), not ${JSON.stringify(options.maxMessages)}`)
  const config = resolveConfig(options.config ?? {}, 'the configuration given to lint()')
  for (const other of config.plugins) {
    if (typeof other.plugin !== 'function') {
      throw new ConfigError(`plugin \`${String(other.plugin)}\`: the API takes plugin functions; import the plugin and pass it`)
    }
  }
  return lintDraft(file, config, {maxMessages})
}

/** What `lint` accepts, or a TypeError that says what it takes. */
function toFile(input: unknown): VFile {
  if (input instanceof VFile) return input
  // `new String('…')` is a string to a caller, an object to VFile.
  if (input instanceof String) return new VFile(input.valueOf())
  if (typeof input === 'string' || input instanceof Uint8Array) return new VFile(input)
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const value = (input as {value?: unknown}).value
    if (value === undefined || value === null || typeof value === 'string' || value instanceof Uint8Array)
      return new VFile(input as Compatible)
    if (value instanceof String) return new VFile({...(input as object), value: value.valueOf()})
  }
  throw new TypeError(`lint() takes a draft: a string, a Uint8Array, a VFile or {path, value}, not ${describe(input)}`)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object without a text `value`'
  return `${typeof value} ${String(value).slice(0, 40)}`
}
