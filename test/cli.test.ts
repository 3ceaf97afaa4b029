/** The real `copydesk` bin, spawned as a user runs it. */
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {jsonReport, runCli, scratch} from './helpers/cli.js'

const pleonasm = 'The mayor won an election victory in May.\n'
const clean = 'The council approved the budget on Tuesday after a long debate.\n'

describe('copydesk CLI', () => {
  it('prints a report with position, severity, reason, rule and source; exit 0 on warnings', () => {
    const folder = scratch({'draft.txt': pleonasm})
    const result = runCli(['draft.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^draft\.txt\n/)
    expect(result.stderr).toMatch(/1:11-1:34\s+warning\s+Redundant: `won an election victory`.*redundancy\s+copydesk/)
    expect(result.stderr).toContain('1 warning')
  })

  it('--frail exits 1 on warnings; a clean draft exits 0 either way', () => {
    const folder = scratch({'draft.txt': pleonasm, 'clean.txt': clean})
    expect(runCli(['--frail', 'draft.txt'], {cwd: folder}).code).toBe(1)
    expect(runCli(['--frail', 'clean.txt'], {cwd: folder}).code).toBe(0)
  })

  it('--report json gives compact messages with rule, source, url, actual and expected', () => {
    const folder = scratch({'draft.txt': pleonasm})
    const result = runCli(['--report', 'json', 'draft.txt'], {cwd: folder})
    const [file] = jsonReport(result.stdout)
    expect(file.path).toBe('draft.txt')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      line: 1,
      column: 11,
      ruleId: 'redundancy',
      source: 'copydesk',
      actual: 'won an election victory',
      expected: ['won the election'],
      fatal: false
    })
    expect(message.url).toMatch(/rules\/redundancy\/README\.md$/)
    expect(message).not.toHaveProperty('ancestors')
    expect(result.stderr.length).toBeLessThan(2000)
  })

  it('reads stdin when no path is given, and never echoes the draft to stdout', () => {
    const result = runCli(['--report', 'json'], {cwd: scratch({}), input: 'Leave a Reply\nThe the budget passed.\n'})
    const [file] = jsonReport(result.stdout)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['boilerplate', 1, 1],
      ['repeated-words', 2, 1]
    ])
    // Standard output holds the one-line JSON report, not the draft.
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stdout).not.toContain('Leave a Reply\nThe the')
  })

  it('treats stdin as Markdown with --stdin-filename', () => {
    const input = '# Budget\n\nThe `won an election victory` code is ignored, but the mayor won an election victory.\n'
    const result = runCli(['--report', 'json', '--stdin-filename', 'draft.md'], {cwd: scratch({}), input})
    const [file] = jsonReport(result.stdout)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['redundancy', 3, 62]])
  })

  it('keeps Markdown positions in the original file and skips code', () => {
    const markdown = [
      '# Results',
      '',
      'The **mayor** won an election victory in May.',
      '',
      '```',
      'won an election victory',
      '```',
      '',
      '- Leave a Reply',
      ''
    ].join('\n')
    const result = runCli(['--report', 'json', 'draft.md'], {cwd: scratch({'draft.md': markdown})})
    const [file] = jsonReport(result.stdout)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['redundancy', 3, 15],
      ['boilerplate', 9, 3]
    ])
  })

  it('keeps positions right with CRLF line endings and a byte order mark', () => {
    const folder = scratch({
      'crlf.txt': 'Leave a Reply\r\nThe mayor won an election victory.\r\n',
      'bom.txt': '\ufeffThe mayor won an election victory.\n'
    })
    const result = runCli(['--report', 'json', 'bom.txt', 'crlf.txt'], {cwd: folder})
    const report = jsonReport(result.stdout)
    const positions = report.map((file) => [file.path, file.messages.map((message) => [message.line, message.column])])
    expect(positions).toEqual([
      ['bom.txt', [[1, 11]]],
      [
        'crlf.txt',
        [
          [1, 1],
          [2, 11]
        ]
      ]
    ])
  })

  it('lints folders by extension, honours .retextignore, and never modifies drafts', () => {
    const folder = scratch({
      'a/one.txt': pleonasm,
      'a/two.md': pleonasm,
      'a/skip/three.txt': pleonasm,
      'a/image.png': 'not a draft',
      '.retextignore': 'a/skip/\n'
    })
    const before = statSync(path.join(folder, 'a/one.txt')).mtimeMs
    const result = runCli(['--report', 'json', 'a'], {cwd: folder})
    expect(
      jsonReport(result.stdout)
        .map((file) => file.path)
        .sort()
    ).toEqual(['a/one.txt', 'a/two.md'])
    expect(readFileSync(path.join(folder, 'a/one.txt'), 'utf8')).toBe(pleonasm)
    expect(statSync(path.join(folder, 'a/one.txt')).mtimeMs).toBe(before)
  })

  it('with no config anywhere, runs the recommended preset; a config turns rules off or up', () => {
    const draft = 'Leave a Reply\nThe mayor won an election victory.\n'
    const bare = runCli(['--report', 'json', 'draft.txt'], {cwd: scratch({'draft.txt': draft})})
    expect(jsonReport(bare.stdout)[0].messages.map((message) => message.ruleId)).toEqual(['boilerplate', 'redundancy'])

    const configured = scratch({
      'draft.txt': draft,
      '.retextrc.json': JSON.stringify({rules: {boilerplate: 'off', redundancy: ['error']}})
    })
    const result = runCli(['--report', 'json', 'draft.txt'], {cwd: configured})
    const messages = jsonReport(result.stdout)[0].messages
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['redundancy', true]])
    expect(result.code).toBe(1)
  })

  it('finds a config in a parent folder and in package.json, and resolves rule names without copydesk installed there', () => {
    const folder = scratch({
      'package.json': JSON.stringify({name: 'newsroom', retextConfig: {rules: {redundancy: 'off'}}}),
      'desk/story.txt': 'The mayor won an election victory.\n'
    })
    const result = runCli(['--report', 'json', 'desk/story.txt'], {cwd: folder})
    expect(jsonReport(result.stdout)[0].messages).toEqual([])
    expect(result.code).toBe(0)
  })

  it('passes rule options from the config', () => {
    const folder = scratch({
      'draft.txt': 'The plan is a true fact of life.\n',
      '.retextrc.json': JSON.stringify({rules: {redundancy: ['warn', {extra: [{phrase: 'fact of life', replacement: 'fact'}]}]}})
    })
    const messages = jsonReport(runCli(['--report', 'json', 'draft.txt'], {cwd: folder}).stdout)[0].messages
    expect(messages.map((message) => message.expected)).toContainEqual(['fact'])
  })

  it('picks another preset: "none" runs nothing but what the config adds', () => {
    const folder = scratch({
      'draft.txt': 'Leave a Reply\nThe mayor won an election victory.\n',
      '.retextrc.json': JSON.stringify({preset: 'none', rules: {boilerplate: 'warn'}})
    })
    const messages = jsonReport(runCli(['--report', 'json', 'draft.txt'], {cwd: folder}).stdout)[0].messages
    expect(messages.map((message) => message.ruleId)).toEqual(['boilerplate'])
  })

  it('--help and --version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: copydesk')
    expect(runCli(['--version']).stdout).toMatch(/^copydesk \d+\.\d+\.\d+\n$/)
  })
})

describe('bad input: one clear line, no stack trace, a non-zero exit, other files still linted', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /)

  it.each([
    ['a missing path', {}, ['missing.txt'], /missing\.txt\n\s+error\s+No such file or folder/, 1],
    [
      'a binary file',
      {'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])},
      ['photo.txt'],
      /error\s+This looks like a binary file/,
      1
    ],
    [
      'invalid UTF-8',
      {'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])},
      ['latin1.txt'],
      /error\s+This file is not valid UTF-8 text/,
      1
    ],
    ['an empty file', {'empty.txt': ''}, ['empty.txt'], /error\s+This file is empty/, 1],
    [
      'a malformed .retextrc.json',
      {'d.txt': clean, '.retextrc.json': '{"rules": {'},
      ['d.txt'],
      /error\s+Cannot parse file `\.retextrc\.json`/,
      1
    ],
    // A configuration copydesk refuses is a failed run (exit 2), as in ESLint.
    [
      'an unknown rule',
      {'d.txt': clean, '.retextrc.json': '{"rules": {"no-such-rule": "off"}}'},
      ['d.txt'],
      /error\s+unknown rule "no-such-rule" \(copydesk's rules: .*\) \(in \.retextrc\.json\)\n/,
      2
    ],
    ['an unknown preset', {'d.txt': clean, '.retextrc.json': '{"preset": "lenient"}'}, ['d.txt'], /unknown preset "lenient"/, 2],
    [
      'an unknown option',
      {'d.txt': clean, '.retextrc.json': '{"rules": {"redundancy": ["warn", {"extras": []}]}}'},
      ['d.txt'],
      /error\s+redundancy: unknown option "extras" \(it takes "extra", "ignore", "skipQuotations"\) \(in \.retextrc\.json\)/,
      2
    ],
    [
      'an option of the wrong type',
      {'d.txt': clean, '.retextrc.json': '{"rules": {"boilerplate": ["warn", {"ignore": "share"}]}}'},
      ['d.txt'],
      /boilerplate: option "ignore" must be a list of strings, not "share" \(in \.retextrc\.json\)/,
      2
    ],
    [
      'an unknown severity',
      {'d.txt': clean, '.retextrc.json': '{"rules": {"boilerplate": "loud"}}'},
      ['d.txt'],
      /unknown severity "loud"/,
      2
    ],
    [
      'a plugin that does not exist',
      {'d.txt': clean, '.retextrc.json': '{"plugins": ["retext-no-such-plugin"]}'},
      ['d.txt'],
      /Cannot load plugin `retext-no-such-plugin`/,
      1
    ]
  ] as const)('%s', (_name, files, args, pattern, code) => {
    const result = runCli([...args], {cwd: scratch(files as Record<string, string | Buffer>)})
    expect(result.code).toBe(code)
    expect(result.stderr).toMatch(pattern)
    noStack(result.stderr)
  })

  it('still lints the good files next to a bad one', () => {
    const folder = scratch({'bad.txt': Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'good.txt': pleonasm})
    const result = runCli(['--report', 'json', 'bad.txt', 'good.txt'], {cwd: folder})
    const report = jsonReport(result.stdout)
    expect(report.map((file) => [file.path, file.messages.map((message) => message.ruleId ?? 'fatal')])).toEqual([
      ['bad.txt', ['fatal']],
      ['good.txt', ['redundancy']]
    ])
    expect(result.code).toBe(1)
  })

  it('a folder with no drafts', () => {
    const result = runCli(['pictures'], {cwd: scratch({'pictures/a.png': 'x'})})
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'copydesk: no drafts found in pictures (copydesk reads .txt, .text, .md, .markdown, .mdown, .mkd, .mkdn, .html, .htm)'
    )
  })

  it('an unknown flag or report format', () => {
    const flag = runCli(['--no-such-flag'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/^copydesk: unknown option `--no-such-flag`/)
    const report = runCli(['--report', 'yaml', 'x.txt'])
    expect(report.code).toBe(2)
    expect(report.stderr.trim()).toMatch(/^copydesk: unknown report format `yaml`/)
  })
})
