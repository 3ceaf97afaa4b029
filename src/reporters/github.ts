/**
 * `--report github`: GitHub Actions workflow commands, which the runner turns
 * into annotations on the pull request's changed lines:
 *
 *   ::warning file=drafts/a.md,line=3,col=5,endLine=3,endColumn=9,title=redundancy::Redundant: …
 *
 * Errors are `::error`, warnings `::warning`, advice `::notice`. Values are
 * escaped the way the Actions toolkit does (`%`, CR, LF; in properties also `:` and `,`).
 */
import type {VFile} from 'vfile'
import {displayPath, levelOf, reported, spanOf, type Level} from './shared.js'

const commands: Record<Level, string> = {error: 'error', warning: 'warning', info: 'notice'}

export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

export function githubReporter(files: VFile[], options: Record<string, unknown>): string {
  const lines: string[] = []
  for (const file of files) {
    const name = displayPath(file)
    for (const message of reported(file, options)) {
      const span = spanOf(message)
      const properties: Array<[string, string | number]> = [
        ['file', name],
        ['line', span.startLine],
        ['col', span.startColumn],
        ['endLine', span.endLine],
        ['endColumn', span.endColumn],
        ['title', message.ruleId ?? 'copydesk']
      ]
      const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
      lines.push(`::${commands[levelOf(message)]} ${list}::${escapeData(message.reason)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
