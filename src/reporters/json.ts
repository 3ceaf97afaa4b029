/** `--report json`: vfile-reporter-json's report, with each message's stable `messageId`. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporterJson} from 'vfile-reporter-json'

export function jsonReporter(files: VFile[], options: Record<string, unknown>): string {
  const text = reporterJson(files, {pretty: false, quiet: Boolean(options.quiet), silent: Boolean(options.silent)})
  return withMessageIds(text, files, options)
}

/** vfile-reporter-json writes a fixed set of fields: add each message's stable `messageId` after `ruleId`. */
function withMessageIds(text: string, files: VFile[], options: Record<string, unknown>): string {
  const report = JSON.parse(text) as Array<{messages: Array<Record<string, unknown>>}>
  let at = 0
  for (const file of files) {
    // The reporter's own filter: `silent` keeps errors only; `quiet` and `silent` drop files left empty.
    const kept = file.messages.filter((message) => !options.silent || message.fatal)
    if ((options.quiet || options.silent) && kept.length === 0) continue
    const written = report[at++]
    if (!written) break
    for (let index = 0; index < kept.length; index++) {
      const id = (kept[index] as VFileMessage & {messageId?: string}).messageId
      if (id === undefined) continue
      const {reason, ruleId, ...rest} = written.messages[index]
      written.messages[index] = {reason, ruleId, messageId: id, ...rest}
    }
  }
  return JSON.stringify(report)
}
