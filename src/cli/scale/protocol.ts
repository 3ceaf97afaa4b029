/** What the main thread and a lint worker say to each other: a batch of jobs out, their messages back. */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {DraftConfig} from '../../config/config.js'
import type {Severity} from '../../rule-kit/rule-kit.js'
import {rules} from '../../../rules/index.js'
import '../../types.js'

/** A configuration as plain data: rule ids with their settings (already checked), plugin names. */
export interface ConfigData {
  rules: Array<[string, {severity: Severity; options: object}]>
  plugins: Array<{plugin: string; options: unknown; from?: string}>
  settings: Record<string, unknown>
}

/** What a worker needs to lint one file. */
export interface Job {
  path: string | undefined
  cwd: string
  value: string
  format: VFile['data']['copydeskFormat']
  hadBom: boolean | undefined
  config: ConfigData
  maxMessages: number | undefined
  timing: boolean
}

/** What one task of the pool lints: a few files, one after the other. */
export type Batch = Job[]

/** A message as plain data (own fields of a VFileMessage). */
export type MessageData = Record<string, unknown>

export interface JobResult {
  messages: MessageData[]
  /** The error the run failed with (a plugin that could not be loaded). */
  failure?: {name: string; message: string}
  times?: Array<[string, number]>
}

/** The results of a batch, in the batch's order. */
export type BatchResult = JobResult[]

/** The configuration as data, or undefined when a plugin is a function (it cannot travel). */
export function configToData(config: DraftConfig): ConfigData | undefined {
  const plugins: ConfigData['plugins'] = []
  for (const other of config.plugins) {
    if (typeof other.plugin !== 'string') return undefined
    plugins.push({plugin: other.plugin, options: other.options, from: other.from})
  }
  const ruleSettings: ConfigData['rules'] = []
  for (const [rule, setting] of config.rules) {
    // Only the registry's rules can be found again by id in a worker.
    if (rules[rule.ruleId] !== rule) return undefined
    ruleSettings.push([rule.ruleId, {severity: setting.severity, options: setting.options}])
  }
  return {rules: ruleSettings, plugins, settings: config.settings}
}

/** A message rebuilt from plain data, so reporters see what a serial run gives them. */
export function messageFromData(data: MessageData): VFileMessage {
  return Object.assign(Object.create(VFileMessage.prototype), data) as VFileMessage
}

export function messageToData(message: VFileMessage): MessageData {
  const data: MessageData = {...message}
  delete data.ancestors
  if (message.cause instanceof Error) {
    data.cause = {name: message.cause.name, message: message.cause.message, stack: message.cause.stack}
  }
  return data
}
