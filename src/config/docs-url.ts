/**
 * `docsBaseUrl` in `.retextrc.json`: a newsroom's own host for the rule pages
 * (its style guide, an intranet mirror). Every copydesk rule's messages then
 * link to `<docsBaseUrl><rule-id>/README.md` instead of the package's default
 * (`copydesk.docsBaseUrl` in package.json, the one setting all links derive from).
 */
import type {VFile} from 'vfile'
import {ruleUrl} from '../meta.js'
import {ruleIds} from '../../rules/index.js'

export function docsUrlPlugin(base: string) {
  const known = new Set(ruleIds)
  return function (_tree: unknown, file: VFile) {
    for (const message of file.messages) {
      if (message.ruleId && known.has(message.ruleId) && message.url === ruleUrl(message.ruleId)) {
        message.url = base + message.ruleId + '/README.md'
      }
    }
  }
}

/** The base as given, with the trailing slash the rule ids are appended after. */
export function checkDocsBaseUrl(value: unknown, where: string, fail: (message: string) => Error): string {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value)) {
    throw fail(
      `${where}: \`docsBaseUrl\` must be an http(s) URL such as "https://styleguide.example.org/copydesk/", not ${JSON.stringify(value)}`
    )
  }
  return value.endsWith('/') ? value : value + '/'
}
