/**
 * The pipeline: one draft in, messages out. Every entry point lints a draft
 * here: the library API, the CLI (serial, in `--jobs` workers, and again
 * while `--fix` applies fixes), the language server. Here, and only here,
 *
 * - the input is checked (binary, not UTF-8, empty, too large: one fatal line);
 * - it is parsed by format (text, Markdown, HTML);
 * - the configured rules run (through the rule kit's runner) and then the
 *   other plugins, each guarded so a crash is one fatal line;
 * - inline `<!-- copydesk … -->` comments apply, messages go in document order,
 *   and a file stops at its message limit with one line saying so.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {DraftConfig} from '../config/config.js'
import {recordFixEdits} from '../fix/fix-edit.js'
import {guardPlugin, stoppedMessageId} from '../rule-kit/rule-kit.js'
import {messageControlPlugin} from './message-control.js'
import {defaultMaxMessages} from './message-limit.js'
import {copydeskCompile, copydeskParse, formatOf, loadFormat} from './formats.js'
import {releaseFile} from './release.js'
import {limitDraftSize} from './size-limit.js'
import {timedPlugin, timeParser} from './timing.js'
import '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** The configuration the pipeline linted the file with (`--fix` lints it again with it). */
    copydeskDraftConfig: DraftConfig
  }
}

export {defaultMaxMessages} from './message-limit.js'

export interface DraftOptions {
  /** Stop a file after this many messages (0: no limit). */
  maxMessages?: number
  /** Record each rule's time (`--timing`). */
  timing?: boolean
  /** Let go of the text and trees once the messages are final (the CLI's report needs only those). */
  release?: boolean
  /** Load a plugin named in a configuration (Node entry points only; the API takes functions). */
  loadPlugin?: (name: string, from: string | undefined) => Promise<unknown>
}

type DraftProcessor = Processor<Root, Root, Root, undefined, undefined>

const processors = new WeakMap<DraftConfig, Map<string, DraftProcessor>>()

/** Lint one draft: its messages are on the file when this resolves. Only a bad plugin name rejects. */
export async function lintDraft(file: VFile, config: DraftConfig, options: DraftOptions = {}): Promise<VFile> {
  const processor = draftProcessor(await loadPlugins(config, options), options)
  file.data.copydeskDraftConfig = config
  let tree: Root | undefined
  try {
    await loadFormat(formatOf(file))
    tree = processor.parse(file)
    await processor.run(tree, file)
  } catch (error) {
    // A draft that cannot be read (`file.fail`) is a fatal message on the file, as reporters show it.
    if (!file.messages.includes(error as never)) throw error
  }
  // While the text is here: each message's fix as the fixer makes it, for reports written after it is gone.
  recordFixEdits(file)
  if (options.release) releaseFile(tree, file)
  return file
}

/**
 * The processor `lintDraft` uses for a configuration (made once, then kept):
 * for callers that need the tree too (the fixer, the playground).
 */
export function draftProcessor(config: DraftConfig, options: DraftOptions = {}): DraftProcessor {
  const maxMessages = options.maxMessages ?? defaultMaxMessages
  const key = `${maxMessages}:${Boolean(options.timing)}`
  let byOptions = processors.get(config)
  if (!byOptions) processors.set(config, (byOptions = new Map()))
  let processor = byOptions.get(key)
  if (processor) return processor
  const timed = <Plugin>(plugin: Plugin) => (options.timing ? timedPlugin(plugin) : plugin)
  const base = unified().use(copydeskParse)
  if (options.timing) base.use(timeParser)
  base.use(limitDraftSize).use(copydeskCompile).use(startDraft, maxMessages)
  for (const [rule, setting] of config.rules) base.use(timed(rule) as never, setting)
  for (const other of config.plugins) {
    if (typeof other.plugin !== 'function') throw new Error(`plugin \`${String(other.plugin)}\` was not loaded`)
    const label = (other.plugin as {name?: string}).name || 'a plugin'
    base.use(timed(guardPlugin(other.plugin as never, label)) as never, other.options)
  }
  base.use(finishDraft, maxMessages)
  base.data('settings', config.settings)
  processor = base.freeze() as unknown as DraftProcessor
  byOptions.set(key, processor)
  return processor
}

/** The same configuration with every named plugin loaded (kept per configuration). */
const loaded = new WeakMap<DraftConfig, Promise<DraftConfig>>()

export async function loadPlugins(config: DraftConfig, options: DraftOptions): Promise<DraftConfig> {
  if (config.plugins.every((other) => typeof other.plugin === 'function')) return config
  let result = loaded.get(config)
  if (!result) {
    const load = options.loadPlugin
    result = Promise.all(
      config.plugins.map(async (other) => {
        if (typeof other.plugin === 'function') return other
        if (!load) throw new Error(`plugin \`${String(other.plugin)}\`: pass plugin functions, not names, to the library API`)
        const plugin = await load(String(other.plugin), other.from)
        Object.defineProperty(plugin, 'name', {value: String(other.plugin)})
        return {...other, plugin}
      })
    ).then((plugins) => ({...config, plugins}))
    loaded.set(config, result)
  }
  return result
}

function startDraft(maxMessages: number) {
  return function (_tree: Root, file: VFile) {
    if (maxMessages > 0) file.data.copydeskMessageLimit = maxMessages
  }
}

/** After every rule: inline comments, document order, the message limit. */
function finishDraft(maxMessages: number) {
  const control = messageControlPlugin()
  return function (tree: Root, file: VFile) {
    control(tree, file)
    const stopped = file.data.copydeskStopped
    delete file.data.copydeskStopped
    delete file.data.copydeskMessageLimit
    if (maxMessages <= 0 || (!stopped && file.messages.length <= maxMessages)) return
    const last = file.messages[Math.min(maxMessages, file.messages.length) - 1]
    file.messages.length = Math.min(maxMessages, file.messages.length)
    const message = file.message(
      `copydesk stopped checking this file after ${maxMessages} messages (the last at line ${last?.line ?? 1}): ` +
        'fix these first, or raise the limit with --max-messages',
      {source: 'copydesk', ruleId: 'max-messages'}
    )
    Object.assign(message, {messageId: stoppedMessageId, fatal: true})
  }
}

/** The configuration a file was linted with (for `--fix`, which lints it again as it applies fixes). */
export function draftConfigOf(file: VFile): DraftConfig | undefined {
  return file.data.copydeskDraftConfig
}
