/**
 * copydesk configuration (`.retextrc.json`, `retextConfig` in package.json,
 * or the API's `config`) turned into the plugin list unified-engine runs:
 *
 *   {"preset": "recommended", "rules": {"redundancy": "error"}, "plugins": ["retext-passive"]}
 *
 * Rule and preset names resolve here, to copydesk's own modules, so they
 * work from a config file anywhere, whether or not copydesk is installed there.
 */
import {presets} from './presets.js'
import {ConfigError, checkOptions, parseRuleConfig} from '../rule-kit/rule-kit.js'
import {rules, ruleIds} from '../../rules/index.js'
import {didYouMean} from './suggest.js'
import {checkDocsBaseUrl, docsUrlPlugin} from './docs-url.js'

export interface CopydeskConfig {
  /** `recommended` (default), `strict` or `none`. */
  preset?: string
  /** Per rule: `"off"`, `"info"`, `"warn"`, `"error"`, `[severity, options]` or an options object. */
  rules?: Record<string, unknown>
  /** More unified/retext plugins: names (resolved from the config file's folder) or `[name, options]`. */
  plugins?: unknown[] | Record<string, unknown>
  /** Settings for the processor. */
  settings?: Record<string, unknown>
  /** Where the rule pages live, for a newsroom's own doc host: messages link to `<docsBaseUrl><rule-id>/README.md`. */
  docsBaseUrl?: string
}

export type PluginEntry = [unknown, unknown?] | string

export interface EngineConfig {
  plugins: PluginEntry[]
  settings: Record<string, unknown>
}

const knownFields = new Set(['preset', 'rules', 'plugins', 'settings', 'docsBaseUrl', '$schema'])

export function resolveConfig(raw: unknown, where = 'configuration'): EngineConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${where}: expected an object like {"preset": "recommended", "rules": {}}`)
  }
  const config = raw as CopydeskConfig
  for (const key of Object.keys(config)) {
    if (!knownFields.has(key)) {
      throw new ConfigError(`${where}: unknown field \`${key}\` (copydesk reads \`preset\`, \`rules\`, \`plugins\`, \`settings\` and \`docsBaseUrl\`)`)
    }
  }

  const presetName = config.preset ?? 'recommended'
  const preset = typeof presetName === 'string' ? presets[presetName] : undefined
  if (!preset) {
    throw new ConfigError(
      `${where}: unknown preset ${JSON.stringify(presetName)} (copydesk ships ${Object.keys(presets).map((name) => '`' + name + '`').join(', ')})`
    )
  }

  const given = config.rules ?? {}
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new ConfigError(`${where}: \`rules\` must be an object of rule ids to settings`)
  }
  const settings: Record<string, unknown> = {...preset}
  for (const [ruleId, setting] of Object.entries(given)) {
    if (!(ruleId in rules)) throw new ConfigError(`${where}: ${unknownRule(ruleId)}`)
    settings[ruleId] = setting
  }

  const plugins: PluginEntry[] = []
  for (const ruleId of ruleIds) {
    if (!(ruleId in settings)) continue
    const setting = settings[ruleId]
    try {
      // Check now, so a typo is reported with the file it is in.
      const {options} = parseRuleConfig(ruleId, setting)
      checkOptions(rules[ruleId].meta, options)
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${where}: ${error.message}`)
      throw error
    }
    plugins.push([rules[ruleId], setting])
  }

  plugins.push(...otherPlugins(config.plugins, where))
  if (config.docsBaseUrl !== undefined) plugins.push([docsUrlPlugin, checkDocsBaseUrl(config.docsBaseUrl, where, (message) => new ConfigError(message))])

  const extraSettings = config.settings ?? {}
  if (typeof extraSettings !== 'object' || extraSettings === null || Array.isArray(extraSettings)) {
    throw new ConfigError(`${where}: \`settings\` must be an object`)
  }
  return {plugins, settings: extraSettings}
}

function otherPlugins(list: CopydeskConfig['plugins'], where: string): PluginEntry[] {
  if (list === undefined) return []
  const entries: Array<[unknown, unknown]> = Array.isArray(list)
    ? list.map((item) => (Array.isArray(item) ? [item[0], item[1]] : [item, undefined]))
    : Object.entries(list)
  return entries.map(([name, options]) => {
    if (typeof name === 'function') return [name, options]
    if (typeof name !== 'string') throw new ConfigError(`${where}: a plugin must be named by a string, not ${JSON.stringify(name)}`)
    if (name in rules) return [rules[name], options]
    return options === undefined ? name : [name, options]
  })
}

export function unknownRule(ruleId: string): string {
  return `unknown rule \`${ruleId}\`${didYouMean(ruleId, ruleIds)} (copydesk's rules: ${ruleIds.join(', ')})`
}
