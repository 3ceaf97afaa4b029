/**
 * Lint one file described as plain data (a `Job`) through the pipeline, as
 * a serial run would. Used by `--jobs` workers (worker.ts).
 */
import {VFile} from 'vfile'
import type {DraftConfig} from '../../config/config.js'
import {lintDraft} from '../../pipeline/draft.js'
import {loadNamedPlugin} from '../../pipeline/load-plugin.js'
import {takeTimes} from '../../pipeline/timing.js'
import {RuleSetting} from '../../rule-kit/rule-kit.js'
import {rules} from '../../../rules/index.js'
import {messageToData, type ConfigData, type Job, type JobResult} from './protocol.js'

/** Configurations by content: most runs have one or two. Settings were checked in the main thread. */
const configs = new Map<string, DraftConfig>()

function configOf(data: ConfigData): DraftConfig {
  const key = JSON.stringify(data)
  let config = configs.get(key)
  if (!config) {
    config = {
      rules: data.rules.map(([ruleId, setting]) => [rules[ruleId], RuleSetting.trusted(setting)]),
      plugins: data.plugins,
      settings: data.settings
    }
    configs.set(key, config)
  }
  return config
}

export async function lintJob(job: Job): Promise<JobResult> {
  const file = new VFile({path: job.path, cwd: job.cwd, value: job.value})
  if (job.format) file.data.copydeskFormat = job.format
  if (job.hadBom) file.data.copydeskHadBom = job.hadBom
  let failure: JobResult['failure']
  try {
    await lintDraft(file, configOf(job.config), {maxMessages: job.maxMessages, timing: job.timing, loadPlugin: loadNamedPlugin})
  } catch (error) {
    failure = {name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error)}
  }
  const messages: JobResult['messages'] = []
  for (const message of file.messages) messages.push(messageToData(message))
  return {messages, failure, times: job.timing ? takeTimes() : undefined}
}
