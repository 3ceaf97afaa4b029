/**
 * `--report sarif`: one SARIF 2.1.0 log for the whole run, however many files,
 * for GitHub code scanning and other tools that read static-analysis results.
 * node-sarif-builder assembles the log (rule and artifact indexes); this
 * module says what goes in it:
 * - the rules: copydesk's own (description, doc page, the severity the
 *   recommended preset gives them as `defaultConfiguration`), plus any other
 *   rule a message came from;
 * - a result per message: level, region (UTF-16 columns, as vfile counts),
 *   a `partialFingerprints` entry that survives edits elsewhere in the file,
 *   and each suggested replacement as a `fix` (the edit `--fix` would make);
 * - a file that could not be read: a tool execution notification, not a result.
 */
import {createHash} from 'node:crypto'
import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import type {Fix, Notification, Region, ReportingConfiguration, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {recommended} from '../config/presets.js'
import type {WithFixEdit} from '../fix/fix-edit.js'
import {homepage, packageName, ruleUrl, version} from '../meta.js'
import {rules, ruleIds} from '../../rules/index.js'
import {displayPath, levelOf, reported, spanOf, type Level} from './shared.js'

const sarifLevels: Record<Level, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

/** The `partialFingerprints` key: bump the version if what is hashed ever changes. */
export const fingerprintKey = 'copydesk/v1'

interface RuleEntry {
  id: string
  description: string
  helpUri?: string
  defaultConfiguration?: ReportingConfiguration
}

export function sarifReporter(files: VFile[], options: Record<string, unknown>): string {
  const ruleList: RuleEntry[] = ruleIds.map((id) => ({
    id,
    description: rules[id].description ?? id,
    helpUri: ruleUrl(id),
    defaultConfiguration: presetConfiguration(id)
  }))
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]))
  const results: SarifResultBuilder[] = []
  const notifications: Notification[] = []

  for (const file of files) {
    const uri = uriOf(displayPath(file))
    const messages = reported(file, options)
    const fingerprints = fingerprintsOf(messages)
    for (const message of messages) {
      const region = regionOf(message)
      if (!message.ruleId) {
        notifications.push({
          level: 'error',
          message: {text: message.reason},
          locations: [{physicalLocation: {artifactLocation: {uri}, region}}]
        })
        continue
      }
      const known = ruleIndex.get(message.ruleId)
      if (known === undefined) {
        ruleIndex.set(message.ruleId, ruleList.length)
        ruleList.push({id: message.ruleId, description: foreignDescription(message), helpUri: message.url ?? undefined})
      } else if (message.url) {
        // Wrapped third-party rules document themselves elsewhere, and `docsBaseUrl` moves copydesk's: the message says where.
        ruleList[known].helpUri = message.url
      }
      const result = new SarifResultBuilder({
        partialFingerprints: {[fingerprintKey]: fingerprints.get(message)!},
        ...fixesOf(message, uri, region)
      }).initSimple({level: sarifLevels[levelOf(message)], messageText: message.reason, ruleId: message.ruleId, fileUri: uri, ...region})
      results.push(result)
    }
  }

  const run = new SarifRunBuilder({
    // vfile columns count UTF-16 code units, from 1; SARIF's default, said anyway.
    columnKind: 'utf16CodeUnits',
    invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}]
  }).initSimple({toolDriverName: packageName, toolDriverVersion: version, url: homepage})
  for (const rule of ruleList) {
    run.addRule(
      new SarifRuleBuilder({defaultConfiguration: rule.defaultConfiguration}).initSimple({
        ruleId: rule.id,
        shortDescriptionText: rule.description,
        helpUri: rule.helpUri
      })
    )
  }
  for (const result of results) run.addResult(result)
  const log = new SarifBuilder({$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0'})
  log.addRun(run)
  // Not buildSarifJsonString: it refuses any log containing its placeholder text, which a draft may quote.
  return JSON.stringify(log.buildSarifOutput()) + '\n'
}

/** A relative path as a URI reference: each segment percent-encoded, so `#` and `?` stay part of the name. */
function uriOf(displayed: string): string {
  return displayed.split('/').map(encodeURIComponent).join('/')
}

function regionOf(message: VFileMessage): Region & {startLine: number; startColumn: number; endLine: number; endColumn: number} {
  const span = spanOf(message)
  // SARIF lines and columns start at 1 (node-sarif-builder refuses 0).
  return {
    startLine: Math.max(1, span.startLine),
    startColumn: Math.max(1, span.startColumn),
    endLine: Math.max(1, span.endLine),
    endColumn: Math.max(1, span.endColumn)
  }
}

/** The severity the recommended preset gives a rule, as SARIF says it (a rule it leaves off is disabled). */
function presetConfiguration(ruleId: string): ReportingConfiguration {
  const setting = recommended[ruleId]
  const severity = Array.isArray(setting) ? setting[0] : setting
  switch (severity) {
    case 'error':
      return {level: 'error'}
    case 'warn':
      return {level: 'warning'}
    case 'info':
      return {level: 'note'}
    default:
      return {enabled: false}
  }
}

function foreignDescription(message: VFileMessage): string {
  return message.source ? `\`${message.ruleId}\`, a rule of ${message.source}` : `\`${message.ruleId}\``
}

/**
 * Each message's fingerprint: a hash of what it says about which words —
 * rule id, message id, the flagged text — and which occurrence of those it
 * is in the file (counted in document order). No line or column goes in,
 * so an edit elsewhere in the file leaves the fingerprint as it was.
 */
function fingerprintsOf(messages: readonly VFileMessage[]): Map<VFileMessage, string> {
  const inOrder = messages
    .map((message) => ({message, span: spanOf(message)}))
    .sort((a, b) => a.span.startLine - b.span.startLine || a.span.startColumn - b.span.startColumn)
  const seen = new Map<string, number>()
  const fingerprints = new Map<VFileMessage, string>()
  for (const {message} of inOrder) {
    const messageId = (message as VFileMessage & {messageId?: string}).messageId ?? ''
    const flagged = typeof message.actual === 'string' ? message.actual : message.reason
    const key = JSON.stringify([message.ruleId ?? '', messageId, flagged])
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    fingerprints.set(message, createHash('sha256').update(`${key}#${occurrence}`).digest('hex').slice(0, 32))
  }
  return fingerprints
}

/**
 * Each suggested replacement as a fix. One suggestion: the fixer's own edit,
 * recorded while the text was there (a deleted credit takes its orphaned
 * comma with it, as `--fix` does). Several: each replaces the flagged span.
 */
function fixesOf(message: WithFixEdit, uri: string, region: Region): {fixes?: Fix[]} {
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  if (expected.length === 0) return {}
  const edit = expected.length === 1 ? message.copydeskFix : undefined
  return {
    fixes: expected.map((text) => {
      const {text: inserted, ...deletedRegion} = edit ?? {...region, text}
      return {
        description: {text: text === '' ? `Delete \`${message.actual ?? ''}\`` : `Write \`${text}\``},
        artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion, insertedContent: {text: inserted}}]}]
      }
    })
  }
}
