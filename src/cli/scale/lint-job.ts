/**
 * Lint one file described as plain data (a `Job`), as a serial run would:
 * the same parser, the configured copydesk rules, inline comment control.
 * Used by `--jobs` workers, and by the main thread for files too large to
 * send to a worker with a small heap.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageControlPlugin} from '../../pipeline/message-control.js'
import {messageToData, type Job, type JobResult} from './protocol.js'
import {createBaseProcessor} from '../../pipeline/processor.js'
import {rules} from '../../../rules/index.js'
import {takeTimes, timedPlugin, timeParser} from './timing.js'

/** Processors by configuration: most runs have one or two. */
const processors = new Map<string, Processor<Root, Root, Root, undefined, undefined>>()

function processorFor(job: Job) {
  const key = JSON.stringify([job.rules, job.settings, job.timing])
  let processor = processors.get(key)
  if (!processor) {
    const base = createBaseProcessor()
    if (job.timing) base.use(timeParser)
    for (const [ruleId, setting] of job.rules) {
      base.use((job.timing ? timedPlugin(rules[ruleId]) : rules[ruleId]) as never, setting)
    }
    base.use(messageControlPlugin)
    base.data('settings', job.settings)
    processor = base.freeze() as never
    processors.set(key, processor!)
  }
  return processor!
}

export async function lintJob(job: Job): Promise<JobResult> {
  const file = new VFile({path: job.path, cwd: job.cwd, value: job.value})
  if (job.format) file.data.copydeskFormat = job.format
  if (job.hadBom) file.data.copydeskHadBom = job.hadBom
  let failure: JobResult['failure']
  try {
    const processor = processorFor(job)
    const tree = processor.parse(file)
    await processor.run(tree, file)
  } catch (error) {
    const index = file.messages.indexOf(error as VFileMessage)
    const plain = error as Error
    failure = index === -1 ? {name: plain?.name ?? 'Error', message: String(plain?.message ?? error), stack: plain?.stack} : {index}
  }
  return {
    id: job.id,
    messages: file.messages.map(messageToData),
    failure,
    times: job.timing && job.sendTimes !== false ? takeTimes() : undefined
  }
}

