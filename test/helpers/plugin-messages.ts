import type {VFile} from 'vfile'

/** What a test compares when a port must give a retext plugin's messages exactly. */
export function messageFields(file: VFile) {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    actual: message.actual,
    expected: message.expected,
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    ancestors: message.ancestors?.map((node) => node.type)
  }))
}
