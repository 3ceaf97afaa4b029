/**
 * Score the CLI on an article against an expected.json in the seed's format:
 * `{"<file>": [{"rule", "lines"}], "stretch": {"<file>": [[rule | "*", line]]}, "advisory_sources": [...]}`.
 * Only expectations for rules that exist count; advisory (info) messages never count.
 */
import {ruleIds} from '../../rules/index.js'
import {jsonReport, runCli, scratch} from './cli.js'

interface Want {
  rule: string
  lines: number[]
}

export interface Score {
  missed: string[]
  unexpected: string[]
  wanted: number
}

export function scoreArticle(name: string, article: Buffer | string, expected: Record<string, unknown>): Score {
  const result = runCli(['--report', 'json', name], {cwd: scratch({[name]: article})})
  const messages = jsonReport(result.stdout)[0].messages.filter((message) => message.fatal !== null && message.fatal !== undefined)
  const wants = ((expected[name] as Want[]) ?? []).filter((want) => ruleIds.includes(want.rule))
  const stretch = ((expected.stretch as Record<string, Array<[string, number]>> | undefined) ?? {})[name] ?? []

  const missed = wants
    .filter((want) => !messages.some((message) => message.ruleId === want.rule && want.lines.includes(message.line)))
    .map((want) => `${want.rule} on line ${want.lines.join('/')}`)
  const unexpected = messages
    .filter(
      (message) =>
        !wants.some((want) => want.rule === message.ruleId && want.lines.includes(message.line)) &&
        !stretch.some(([rule, line]) => (rule === '*' || rule === message.ruleId) && line === message.line)
    )
    .map((message) => `${message.ruleId} on line ${message.line}: ${message.reason}`)
  return {missed, unexpected, wanted: wants.length}
}
