/**
 * The library API, for CMS integrations and scripts:
 *
 *   import {lint} from 'copydesk'
 *   const file = await lint('The the draft.', {config: {rules: {readability: 'off'}}})
 *   for (const message of file.messages) console.log(message.line, message.ruleId, message.reason)
 *
 * The same processor, presets and rules as the CLI.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {resolveConfig, type CopydeskConfig} from './config.js'
import {ConfigError} from './rule-kit.js'
import {messageControlPlugin} from './message-control.js'
import {createBaseProcessor, type DraftFormat} from './processor.js'
import './types.js'

export type {CopydeskConfig} from './config.js'
export {presets} from './presets/index.js'
export {rules, ruleIds} from './rules.js'
export {ConfigError} from './rule-kit.js'

export interface LintOptions {
  /** A copydesk configuration, as in `.retextrc.json`; the recommended preset when absent. */
  config?: CopydeskConfig
  /** Format of a string without a file name: `text` (default) or `markdown`. */
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

/** Lint a draft (a string, a VFile, or anything VFile accepts) and return the file with its messages. */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(input)
  if (options.format) file.data.copydeskFormat = options.format
  const processor = createProcessor(options.config)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}
