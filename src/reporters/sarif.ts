/**
 * `--report sarif`: a SARIF 2.1.0 log, for GitHub code scanning and other
 * tools that read static-analysis results. One run; the rules listed are
 * copydesk's own (with their descriptions and doc pages) plus any other rule
 * a message came from; each suggested fix becomes a SARIF `fix`. A file that
 * could not be read is a tool execution notification, not a result.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {packageName, ruleUrl, version} from '../meta.js'
import {rules, ruleIds} from '../../rules/index.js'
import {displayPath, levelOf, reported, spanOf, type Level, type Span} from './shared.js'

const sarifLevels: Record<Level, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

const informationUri = 'https://github.com/copydesk/copydesk'

interface SarifRule {
  id: string
  shortDescription?: {text: string}
  helpUri?: string
}

export function sarifReporter(files: VFile[], options: Record<string, unknown>): string {
  const ruleList: SarifRule[] = ruleIds.map((id) => ({
    id,
    shortDescription: {text: rules[id].description ?? id},
    helpUri: ruleUrl(id)
  }))
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]))
  const results: unknown[] = []
  const notifications: unknown[] = []

  for (const file of files) {
    const uri = encodeURI(displayPath(file))
    for (const message of reported(file, options)) {
      const region = regionOf(spanOf(message))
      const location = {physicalLocation: {artifactLocation: {uri}, region}}
      if (!message.ruleId) {
        notifications.push({level: 'error', message: {text: message.reason}, locations: [location]})
        continue
      }
      if (!ruleIndex.has(message.ruleId)) {
        ruleIndex.set(message.ruleId, ruleList.length)
        ruleList.push({id: message.ruleId, helpUri: message.url ?? undefined})
      } else if (message.url) {
        // Wrapped third-party rules document themselves elsewhere; their messages say where.
        ruleList[ruleIndex.get(message.ruleId)!].helpUri = message.url
      }
      results.push({
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId),
        level: sarifLevels[levelOf(message)],
        message: {text: message.reason},
        locations: [location],
        ...fixesOf(message, uri, region)
      })
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: packageName, version, informationUri, rules: ruleList.map(withoutEmpty)}},
        // vfile columns count UTF-16 code units, from 1.
        columnKind: 'utf16CodeUnits',
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        results
      }
    ]
  }
  return JSON.stringify(log) + '\n'
}

function regionOf(span: Span) {
  return {startLine: span.startLine, startColumn: span.startColumn, endLine: span.endLine, endColumn: span.endColumn}
}

/** Each suggested replacement as a fix: delete the span, insert the text (nothing, to delete). */
function fixesOf(message: VFileMessage, uri: string, region: ReturnType<typeof regionOf>) {
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  if (expected.length === 0) return {}
  return {
    fixes: expected.map((text) => ({
      description: {text: text === '' ? `Delete \`${message.actual ?? ''}\`` : `Write \`${text}\``},
      artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
    }))
  }
}

function withoutEmpty(rule: SarifRule): SarifRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as SarifRule
}
