/**
 * copydesk configuration (`.retextrc.json`, `retextConfig` in package.json,
 * or the API's `config`) resolved, once per configuration, into what the
 * pipeline lints a draft with (a `DraftConfig`):
 *
 *   {"preset": "recommended", "rules": {"redundancy": "error"}, "plugins": ["retext-passive"]}
 *
 * Every rule's setting is checked here, against the rule's option schemas,
 * and handed on checked (a `RuleSetting`): the rule, a worker and `--fix`
 * never check it again. Names are looked up as own properties only, so
 * `"toString"` or `"__proto__"` is an unknown name, not a built-in.
 */
import {presets} from './presets.js'
import {ConfigError, RuleSetting, type RulePlugin} from '../rule-kit/rule-kit.js'
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

/** A plugin that is not a copydesk rule: a function, or a name to load from `from` (a folder). */
export interface OtherPlugin {
  plugin: unknown
  options: unknown
  from?: string
}

/** What one draft is linted with: made once per configuration. */
export interface DraftConfig {
  /** Enabled copydesk rules, in registry order, with their checked settings. */
  rules: Array<[RulePlugin, RuleSetting]>
  plugins: OtherPlugin[]
  settings: Record<string, unknown>
}

const knownFields = new Set(['preset', 'rules', 'plugins', 'settings', 'docsBaseUrl', '$schema'])

const own = <Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined

/**
 * Resolve a configuration. `where` names it in errors (a config file's path
 * relative to the working folder, or a description); `from` is the folder
 * its plugin names are resolved from.
 */
export function resolveConfig(raw: unknown, where = 'the configuration', from?: string): DraftConfig {
  try {
    return resolve(raw, from)
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message} (in ${where})`)
    throw error
  }
}

function resolve(raw: unknown, from: string | undefined): DraftConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError('expected an object like {"preset": "recommended", "rules": {}}')
  }
  const config = raw as CopydeskConfig
  for (const key of Object.keys(config)) {
    if (!knownFields.has(key))
      throw new ConfigError(
        `unknown field ${JSON.stringify(key)} (copydesk reads "preset", "rules", "plugins", "settings" and "docsBaseUrl")`
      )
  }

  const presetName = Object.hasOwn(config, 'preset') ? config.preset : 'recommended'
  const preset = typeof presetName === 'string' ? own(presets, presetName) : undefined
  if (!preset) {
    throw new ConfigError(
      `unknown preset ${JSON.stringify(presetName)} (copydesk ships ${Object.keys(presets)
        .map((name) => JSON.stringify(name))
        .join(', ')})`
    )
  }

  const given = Object.hasOwn(config, 'rules') ? config.rules : {}
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new ConfigError('"rules" must be an object of rule ids to settings')
  }
  const settings = new Map<string, unknown>(Object.entries(preset))
  for (const ruleId of Object.keys(given)) {
    if (!own(rules, ruleId)) throw new ConfigError(unknownRule(ruleId))
    settings.set(ruleId, (given as Record<string, unknown>)[ruleId])
  }

  const enabled: DraftConfig['rules'] = []
  for (const ruleId of ruleIds) {
    if (!settings.has(ruleId)) continue
    const rule = rules[ruleId]
    const setting = RuleSetting.parse(rule.meta, settings.get(ruleId), rule.defaultSeverity)
    if (setting.severity !== 'off') enabled.push([rule, setting])
  }

  const extraSettings = Object.hasOwn(config, 'settings') ? config.settings : {}
  if (typeof extraSettings !== 'object' || extraSettings === null || Array.isArray(extraSettings)) {
    throw new ConfigError('"settings" must be an object')
  }
  const plugins = otherPlugins(config.plugins, from, enabled)
  // A newsroom's own host for the rule pages: rewrites each message's url.
  if (Object.hasOwn(config, 'docsBaseUrl')) {
    plugins.push({
      plugin: docsUrlPlugin,
      options: checkDocsBaseUrl(config.docsBaseUrl, 'docsBaseUrl', (message) => new ConfigError(message))
    })
  }
  return {rules: enabled, plugins, settings: {...extraSettings}}
}

function otherPlugins(list: CopydeskConfig['plugins'], from: string | undefined, enabled: DraftConfig['rules']): OtherPlugin[] {
  if (list === undefined) return []
  if (typeof list !== 'object' || list === null) throw new ConfigError('"plugins" must be a list of plugin names')
  const entries: Array<[unknown, unknown]> = []
  if (Array.isArray(list)) {
    for (const item of list) entries.push(Array.isArray(item) ? [item[0], item[1]] : [item, undefined])
  } else {
    for (const name of Object.keys(list)) entries.push([name, (list as Record<string, unknown>)[name]])
  }
  const result: OtherPlugin[] = []
  for (const [name, options] of entries) {
    if (typeof name === 'function') {
      result.push({plugin: name, options})
      continue
    }
    if (typeof name !== 'string') throw new ConfigError(`a plugin must be named by a string, not ${JSON.stringify(name)}`)
    const rule = own(rules, name)
    if (rule) {
      // A rule named as a plugin: the same as naming it under "rules".
      const setting = RuleSetting.parse(rule.meta, options, rule.defaultSeverity)
      const at = enabled.findIndex(([candidate]) => candidate === rule)
      if (at !== -1) enabled.splice(at, 1)
      if (setting.severity !== 'off') enabled.push([rule, setting])
      continue
    }
    result.push({plugin: name, options, from})
  }
  return result
}

export function unknownRule(ruleId: string): string {
  return `unknown rule ${JSON.stringify(ruleId)}${didYouMean(ruleId, ruleIds)} (copydesk's rules: ${ruleIds.join(', ')})`
}
