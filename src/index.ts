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
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {resolveConfig, type CopydeskConfig} from './config/config.js'
import {ConfigError} from './rule-kit/rule-kit.js'
import {messageControlPlugin} from './pipeline/message-control.js'
import {createBaseProcessor, type DraftFormat} from './pipeline/processor.js'
import './types.js'

export type {CopydeskConfig} from './config/config.js'
export type {DraftFormat} from './pipeline/processor.js'
export type {Severity} from './rule-kit/rule-kit.js'
export {reporters, reporterNames} from './reporters/index.js'
export {presets} from './config/presets.js'
export {rules, ruleIds} from '../rules/index.js'
export {ConfigError} from './rule-kit/rule-kit.js'

export interface LintOptions {
  /** A copydesk configuration, as in `.retextrc.json`; the recommended preset when absent. */
  config?: CopydeskConfig
  /**
   * `text`, `markdown` or `html`. Without it the file name's extension decides
   * (`.md`, `.html`/`.htm`, else plain text); a bare string is plain text.
   */
  format?: DraftFormat
}

/** A processor with copydesk's parser, the configured rules and inline comment control. */
export function createProcessor(config: CopydeskConfig = {}): Processor<Root, Root, Root, undefined, undefined> {
  const resolved = resolveConfig(config)
  const processor = createBaseProcessor()
  for (const entry of resolved.plugins) {
    if (typeof entry === 'string' || typeof entry[0] !== 'function') {
      const name = typeof entry === 'string' ? entry : String(entry[0])
      throw new ConfigError(`plugin \`${name}\`: the API takes plugin functions; import the plugin and pass it`)
    }
    processor.use(entry[0] as never, entry[1])
  }
  processor.use(messageControlPlugin)
  processor.data('settings', resolved.settings)
  return processor as never
}

/**
 * Lint a draft (a string, a VFile, or anything VFile accepts, such as
 * `{path, value}`) and return the file with its messages. Each message has
 * `line`, `column`, `place` (start and end), `ruleId`, `reason`, `url`,
 * `actual`, `expected` (suggested replacements; `''` means delete) and
 * `fatal` (`true` error, `false` warning, unset advice).
 */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(input)
  if (options.format) file.data.copydeskFormat = options.format
  const processor = createProcessor(options.config)
  try {
    const tree = processor.parse(file)
    await processor.run(tree, file)
  } catch (error) {
    // `file.fail` (an unreadable draft) is a message on the file, as in the CLI's report.
    if (file.messages.includes(error as never)) return file
    throw error
  }
  return file
}
