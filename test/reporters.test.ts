import {ruleIds} from '../rules/index.js'
import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty} from '../src/reporters/github.js'
import {runCli, scratch} from './helpers/cli.js'

const require = createRequire(import.meta.url)

/** Microsoft's SARIF 2.1.0 JSON schema (draft-04), as shipped in @microsoft/jest-sarif. */
function sarifValidator() {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  return ajv.compile(schema)
}

const drafts = {
  'drafts/harbour story.md': 'The the ferry, said the chair, will run.\n\nThey won an election victory.\n',
  'drafts/clean.txt': 'The ferry will run on Sundays.\n',
  'drafts/notes.html': '<p>Budget: <b>£2m</b>, and the the rest.</p>\n',
  'drafts/broken.txt': Buffer.from([0, 1, 2, 3])
}

function run(report: string, extra: string[] = []) {
  const folder = scratch(drafts)
  return runCli(['drafts', '--report', report, ...extra], {cwd: folder})
}

describe('--report sarif', () => {
  const result = run('sarif')
  const log = JSON.parse(result.stdout)

  it('is valid SARIF 2.1.0 by the schema', () => {
    const validate = sarifValidator()
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('lists every copydesk rule and a result per message, with regions and fixes', () => {
    expect(result.code).toBe(1)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('copydesk')
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual([...ruleIds])
    const rows = run.results.map((entry: any) => [
      entry.ruleId,
      run.tool.driver.rules[entry.ruleIndex].id,
      entry.level,
      entry.locations[0].physicalLocation.artifactLocation.uri,
      entry.locations[0].physicalLocation.region,
      entry.fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text
    ])
    expect(rows).toEqual([
      [
        'repeated-words',
        'repeated-words',
        'warning',
        'drafts/harbour%20story.md',
        {startLine: 1, startColumn: 1, endLine: 1, endColumn: 8},
        'The'
      ],
      [
        'redundancy',
        'redundancy',
        'warning',
        'drafts/harbour%20story.md',
        {startLine: 3, startColumn: 6, endLine: 3, endColumn: 29},
        'won the election'
      ],
      [
        'repeated-words',
        'repeated-words',
        'warning',
        'drafts/notes.html',
        {startLine: 1, startColumn: 28, endLine: 1, endColumn: 35},
        'the'
      ]
    ])
  })

  it('reports an unreadable file as a failed execution, not a result', () => {
    const [invocation] = log.runs[0].invocations
    expect(invocation.executionSuccessful).toBe(false)
    expect(
      invocation.toolExecutionNotifications.map((entry: any) => [entry.level, entry.locations[0].physicalLocation.artifactLocation.uri])
    ).toEqual([['error', 'drafts/broken.txt']])
  })

  it('gives an empty but valid log for clean drafts', () => {
    const folder = scratch({'a.md': 'The ferry will run.\n'})
    const clean = runCli(['a.md', '--report', 'sarif'], {cwd: folder})
    const cleanLog = JSON.parse(clean.stdout)
    expect(clean.code).toBe(0)
    expect(cleanLog.runs[0].results).toEqual([])
    expect(sarifValidator()(cleanLog)).toBe(true)
  })

  it('is caught by the schema when broken (the validation can fail)', () => {
    const broken = structuredClone(log)
    broken.runs[0].results[0].level = 'severe'
    expect(sarifValidator()(broken)).toBe(false)
  })
})

describe('--report github', () => {
  it('prints one workflow command per message, with the span and the rule as title', () => {
    const result = run('github')
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '::error file=drafts/broken.txt,line=1,col=1,endLine=1,endColumn=1,title=copydesk::This looks like a binary file, not a draft: copydesk reads plain text, Markdown and HTML',
      '::warning file=drafts/harbour story.md,line=1,col=1,endLine=1,endColumn=8,title=repeated-words::Repeated word: `The the`; delete one `the`',
      '::warning file=drafts/harbour story.md,line=3,col=6,endLine=3,endColumn=29,title=redundancy::Redundant: `won an election victory` says the same thing twice; write `won the election`',
      '::warning file=drafts/notes.html,line=1,col=28,endLine=1,endColumn=35,title=repeated-words::Repeated word: `the the`; delete one `the`'
    ])
  })

  it('uses ::notice for advice and only errors with --silent', () => {
    const folder = scratch({'a.md': 'The the end.\n', '.retextrc.json': '{"rules": {"repeated-words": "info"}}'})
    expect(runCli(['a.md', '--report', 'github'], {cwd: folder}).stdout).toBe(
      '::notice file=a.md,line=1,col=1,endLine=1,endColumn=8,title=repeated-words::Repeated word: `The the`; delete one `the`\n'
    )
    expect(runCli(['a.md', '--report', 'github', '--silent'], {cwd: folder}).stdout).toBe('')
  })

  it('escapes values as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A')
  })
})

describe('--report quickfix', () => {
  it('prints file:line:column: severity rule-id reason, one per line', () => {
    const result = run('quickfix')
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'drafts/broken.txt:1:1: error This looks like a binary file, not a draft: copydesk reads plain text, Markdown and HTML',
      'drafts/harbour story.md:1:1: warning repeated-words Repeated word: `The the`; delete one `the`',
      'drafts/harbour story.md:3:6: warning redundancy Redundant: `won an election victory` says the same thing twice; write `won the election`',
      'drafts/notes.html:1:28: warning repeated-words Repeated word: `the the`; delete one `the`'
    ])
  })

  it('prints nothing for clean drafts and is listed in --help', () => {
    const folder = scratch({'a.txt': 'The ferry will run.\n'})
    expect(runCli(['a.txt', '--report', 'quickfix'], {cwd: folder})).toMatchObject({code: 0, stdout: ''})
    expect(runCli(['--help']).stdout).toContain('pretty, json, sarif, github, quickfix')
  })
})
