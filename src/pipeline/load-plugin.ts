/**
 * Load a plugin a configuration names (`"plugins": ["retext-passive"]`,
 * `--use ./plugin.js`) the way unified-engine does: with load-plugin, from
 * the configuration's folder, `retext-` prefix optional. Node only; load-plugin
 * (and npm's config reader behind it) loads with the first plugin named.
 */
import {pathToFileURL} from 'node:url'

export async function loadNamedPlugin(name: string, from: string | undefined): Promise<unknown> {
  let plugin: unknown
  try {
    const {loadPlugin} = await import('load-plugin')
    plugin = await loadPlugin(name, {from: pathToFileURL((from ?? process.cwd()) + '/').href, prefix: 'retext'})
  } catch (error) {
    throw new Error(`Cannot load plugin \`${name}\`: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
  }
  if (typeof plugin !== 'function') throw new Error(`\`${name}\` is not a unified plugin (it exports no function)`)
  return plugin
}
