import {rules, ruleIds} from '../rules/index.js'
import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import type {Artifact, Log, Result} from 'sarif'
import {describe, expect, it} from 'vitest'
import {recommended} from '../src/config/presets.js'
import {ruleUrl} from '../src/meta.js'
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

/** A result's one location: file and region. */
function placeOf(entry: Result) {
  const physical = entry.locations![0].physicalLocation!
  return {uri: physical.artifactLocation!.uri, index: physical.artifactLocation!.index, region: physical.region}
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

  it('describes each copydesk rule: description, doc page, and the recommended preset severity as its default level', () => {
    const driver = log.runs[0].tool.driver
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/)
    const levels: Record<string, string> = {warn: 'warning', info: 'note', error: 'error'}
    expect(driver.rules).toEqual(
      ruleIds.map((id) => ({
        id,
        shortDescription: {text: rules[id].description},
        helpUri: ruleUrl(id),
        defaultConfiguration: {level: levels[recommended[id] as string]}
      }))
    )
    // Not all the same level: readability is advice.
    expect(driver.rules.find((rule: {id: string}) => rule.id === 'readability').defaultConfiguration).toEqual({level: 'note'})
  })

  it('is one run for every file: the artifacts are the files with results, each result points at its own', () => {
    const run = log.runs[0]
    expect(log.runs).toHaveLength(1)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.artifacts.map((artifact: Artifact) => artifact.location.uri)).toEqual(['drafts/harbour%20story.md', 'drafts/notes.html'])
    for (const entry of run.results) {
      const {uri, index} = placeOf(entry)
      expect(run.artifacts[index!].location.uri).toBe(uri)
    }
  })

  it('gives a suggested replacement as a fix on the flagged region', () => {
    const redundancy = log.runs[0].results.find((entry: Result) => entry.ruleId === 'redundancy')
    expect(redundancy.message.text).toBe('Redundant: `won an election victory` says the same thing twice; write `won the election`')
    expect(redundancy.fixes).toEqual([
      {
        description: {text: 'Write `won the election`'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'drafts/harbour%20story.md'},
            replacements: [
              {deletedRegion: {startLine: 3, startColumn: 6, endLine: 3, endColumn: 29}, insertedContent: {text: 'won the election'}}
            ]
          }
        ]
      }
    ])
  })

  it('gives the edit --fix makes as the fix, serial and in --jobs workers: a deleted credit takes its comma', () => {
    const story =
      '\u201cWe will act,\u201d the minister said, the minister said.\n\nThe mayor, who won an election victory, cut the ribbon.\n'
    const folder = scratch({'a.md': story, 'b.md': story})
    // Apply a log's fixes to the text, last first: lines from 1, columns from 1 in UTF-16 code units, as JavaScript strings count.
    const applied = (log: Log, uri: string) => {
      const lines = story.split('\n')
      const offset = (line: number, column: number) => lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1
      const replacements = log.runs[0]
        .results!.filter((entry) => placeOf(entry).uri === uri)
        .map((entry) => entry.fixes![0].artifactChanges[0].replacements[0])
        .map(({deletedRegion: region, insertedContent}) => ({
          start: offset(region.startLine!, region.startColumn!),
          end: offset(region.endLine!, region.endColumn!),
          text: insertedContent!.text!
        }))
        .sort((a, b) => b.start - a.start)
      return replacements.reduce((text, {start, end, text: inserted}) => text.slice(0, start) + inserted + text.slice(end), story)
    }
    const fixed = '\u201cWe will act,\u201d the minister said.\n\nThe mayor, who won the election, cut the ribbon.\n'
    for (const jobs of ['1', '2']) {
      const sarif: Log = JSON.parse(runCli(['a.md', 'b.md', '--report', 'sarif', '--jobs', jobs], {cwd: folder}).stdout)
      expect(sarif.runs[0].results!.map((entry) => entry.ruleId)).toEqual([
        'duplicate-attribution',
        'redundancy',
        'duplicate-attribution',
        'redundancy'
      ])
      expect(applied(sarif, 'a.md'), `--jobs ${jobs}`).toBe(fixed)
      expect(applied(sarif, 'b.md'), `--jobs ${jobs}`).toBe(fixed)
    }
    expect(runCli(['a.md', '--fix'], {cwd: folder}).code).toBe(0)
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe(fixed)
  })

  it('reports an unreadable file as a failed execution, not a result', () => {
    const [invocation] = log.runs[0].invocations
    expect(invocation.executionSuccessful).toBe(false)
    expect(
      invocation.toolExecutionNotifications.map((entry: any) => [entry.level, entry.locations[0].physicalLocation.artifactLocation.uri])
    ).toEqual([['error', 'drafts/broken.txt']])
  })

  it('fingerprints each result by its words, not its place: the same across runs and after edits elsewhere', () => {
    const story = 'They won an election victory.\n\nThe the ferry will run.\n\nLater they won an election victory.\n'
    const fingerprints = (text: string) => {
      const folder = scratch({'a.md': text})
      const sarif: Log = JSON.parse(runCli(['a.md', '--report', 'sarif'], {cwd: folder}).stdout)
      return sarif.runs[0].results!.map((entry) => [
        entry.ruleId,
        placeOf(entry).region!.startLine,
        entry.partialFingerprints!['copydesk/v1']
      ])
    }
    const first = fingerprints(story)
    expect(first.map(([ruleId, line]: [string, number]) => [ruleId, line])).toEqual([
      ['redundancy', 1],
      ['repeated-words', 3],
      ['redundancy', 5]
    ])
    for (const [, , fingerprint] of first) expect(fingerprint).toMatch(/^[0-9a-f]{32}$/)
    // The same phrase twice: two occurrences, two fingerprints.
    expect(first[0][2]).not.toBe(first[2][2])
    expect(fingerprints(story)).toEqual(first)
    // A paragraph added above, and one edited between: every line moves, no fingerprint does.
    const edited = fingerprints('# Ferry news\n\nA new opening line.\n\n' + story.replace('will run', 'will run on Sundays'))
    expect(edited.map(([ruleId, , fingerprint]: string[]) => [ruleId, fingerprint])).toEqual(
      first.map(([ruleId, , fingerprint]: string[]) => [ruleId, fingerprint])
    )
    expect(edited.map(([, line]: [string, number]) => line)).toEqual([5, 7, 9])
  })

  it('counts columns in UTF-16 code units, from 1, as SARIF does by default (an astral character is two)', () => {
    // `<p>` 3, the emoji 2, a space, `&amp;` 5, a space, `They ` 5: `won` starts at 18.
    const folder = scratch({
      'a.txt': '\u{1F600} They won an election victory.\n',
      'b.html': '<p>\u{1F600} &amp; They won an election victory.</p>\n'
    })
    const sarif: Log = JSON.parse(runCli(['a.txt', 'b.html', '--report', 'sarif'], {cwd: folder}).stdout)
    expect(sarif.runs[0].results!.map((entry) => [placeOf(entry).uri, placeOf(entry).region])).toEqual([
      ['a.txt', {startLine: 1, startColumn: 9, endLine: 1, endColumn: 32}],
      ['b.html', {startLine: 1, startColumn: 18, endLine: 1, endColumn: 41}]
    ])
  })

  it("writes any draft's words and any file name: a quoted builder placeholder, `#` in a name", () => {
    // node-sarif-builder's own serialiser throws on its placeholder text anywhere in the log.
    const folder = scratch({'notes #2.txt': 'See SARIF_BUILDER_INVALID SARIF_BUILDER_INVALID here.\n'})
    const result = runCli(['notes #2.txt', '--report', 'sarif'], {cwd: folder})
    expect(result.stderr).toBe('')
    const [entry] = (JSON.parse(result.stdout) as Log).runs[0].results!
    expect(entry.ruleId).toBe('repeated-words')
    expect(entry.message.text).toContain('SARIF_BUILDER_INVALID SARIF_BUILDER_INVALID')
    expect(placeOf(entry).uri).toBe('notes%20%232.txt')
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
