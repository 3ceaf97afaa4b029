/**
 * `createProcessor()` of the library API, in a module of its own so that a
 * page (the playground) can build the pipeline without the reporters and the
 * Node-only libraries behind them.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {resolveConfig, type CopydeskConfig} from '../config/config.js'
import {ConfigError} from '../rule-kit/rule-kit.js'
import {draftProcessor} from './draft.js'
// Every format's parser, loaded now: a processor parses synchronously.
import './processor.js'

/** A processor with copydesk's parser, the configured rules and inline comment control: the pipeline's own. */
export function createProcessor(config: CopydeskConfig = {}): Processor<Root, Root, Root, undefined, undefined> {
  const resolved = resolveConfig(config, 'the configuration given to createProcessor()')
  for (const other of resolved.plugins) {
    if (typeof other.plugin !== 'function') {
      throw new ConfigError(`plugin \`${String(other.plugin)}\`: the API takes plugin functions; import the plugin and pass it`)
    }
  }
  return draftProcessor(resolved) as never
}
