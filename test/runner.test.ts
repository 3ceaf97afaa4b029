/**
 * The one runner every rule goes through, tried through the CLI as a user
 * meets it: option schemas (a typo is one line naming the rule, the option
 * and the file; exit 2), a rule that throws (one fatal line, the other
 * rules' messages kept; exit 2), configuration names that are built-ins of
 * JavaScript objects, and stable message ids.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint, rules} from '../src/index.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'

const pleonasm = 'The mayor won an election victory in May.\n'
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /)

/** The report's error lines (pretty format), without the summary. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /\berror\b/.test(line) && !/^\s*[✖⚠]|messages? \(/.test(line))
}

describe('option schemas', () => {
  const cases = [
    [
      'an unknown key in an object of redundancy `extra`',
      {redundancy: ['warn', {extra: [{phrasee: 'x'}]}]},
      'redundancy: option "extra[0]" has unknown key "phrasee" (it takes "phrase", "replacement", "origin") (in .retextrc.json)'
    ],
    [
      'a missing key in redundancy `extra`',
      {redundancy: ['warn', {extra: [{phrase: 'close scrutiny'}]}]},
      'redundancy: option "extra[0]" lacks the key "replacement" (a string) (in .retextrc.json)'
    ],
    [
      'a key of the wrong type in boilerplate `extra`',
      {boilerplate: ['warn', {extra: [{text: 'read more', match: 'whole', category: 'related', maxWords: 'eight'}]}]},
      'boilerplate: option "extra[0].maxWords" must be a number, not "eight" (in .retextrc.json)'
    ],
    [
      'a value boilerplate `match` does not know',
      {boilerplate: ['warn', {extra: [{text: 'read more', match: 'anywhere', category: 'related'}]}]},
      'boilerplate: option "extra[0].match" must be one of "whole", "start", not "anywhere" (in .retextrc.json)'
    ],
    [
      'a string where name-consistency wants a list of objects',
      {'name-consistency': ['warn', {preferredNames: ['Kyiv']}]},
      'name-consistency: option "preferredNames[0]" must be an object like {"preferred": …, "variants": …}, not "Kyiv" (in .retextrc.json)'
    ],
    [
      'name-consistency `variants` not a list of strings',
      {'name-consistency': ['warn', {preferredNames: [{preferred: 'Kyiv', variants: 'Kiev'}]}]},
      'name-consistency: option "preferredNames[0].variants" must be a list of strings, not "Kiev" (in .retextrc.json)'
    ],
    [
      'a severity that is a built-in name',
      {redundancy: ['toString']},
      'redundancy: expected "off", "info", "warn" or "error", optionally followed by an options object, not ["toString"] (in .retextrc.json)'
    ]
  ] as const
  // One CLI run over one folder per case (each with its own config): every case, one spawn.
  it('each is one line naming rule, option and file; exit 2', () => {
    const files: Record<string, string> = {}
    cases.forEach(([, ruleSettings], index) => {
      files[`case${index}/d.txt`] = pleonasm
      files[`case${index}/.retextrc.json`] = JSON.stringify({rules: ruleSettings})
    })
    const result = runCli(['--report', 'json', '.'], {cwd: scratch(files)})
    expect(result.code).toBe(2)
    const report = jsonReport(result.stdout)
    expect(report.map((file) => file.messages.map((message) => [message.messageId, message.reason]))).toEqual(
      cases.map(([, , line], index) => [['copydesk/bad-config', line.replace('(in .retextrc.json)', `(in case${index}/.retextrc.json)`)]])
    )
    const pretty = runCli(['case0/d.txt'], {cwd: scratch(files)})
    expect(pretty.code).toBe(2)
    expect(errorLines(pretty.stderr).map((text) => text.replace(/^\s*error\s+/, '').trim())).toEqual([
      cases[0][2].replace('(in .retextrc.json)', '(in case0/.retextrc.json)')
    ])
    noStack(pretty.stderr)
  })

  it('a good object option still works (a config error is not every config)', () => {
    const folder = scratch({
      'd.txt': 'The plan faced close scrutiny.\n',
      '.retextrc.json': JSON.stringify({rules: {redundancy: ['warn', {extra: [{phrase: 'close scrutiny', replacement: 'scrutiny'}]}]}})
    })
    const result = runCli(['--report', 'json', 'd.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(jsonReport(result.stdout)[0].messages.map((message) => [message.messageId, message.expected])).toEqual([
      ['redundancy/pleonasm', ['scrutiny']]
    ])
  })

  it('the API rejects the same option with a ConfigError naming the rule and the option', async () => {
    await expect(lint(pleonasm, {config: {rules: {redundancy: ['warn', {extra: [{phrasee: 'x'}]}]}}})).rejects.toThrow(
      'redundancy: option "extra[0]" has unknown key "phrasee"'
    )
  })
})

describe('configuration names are looked up as own properties', () => {
  const names = [
    ['{"preset": "toString"}', {preset: 'toString'}, 'unknown preset "toString"'],
    ['{"preset": "constructor"}', {preset: 'constructor'}, 'unknown preset "constructor"'],
    ['{"preset": "__proto__"}', {preset: '__proto__'}, 'unknown preset "__proto__"'],
    ['{"rules": {"toString": "warn"}}', {rules: {toString: 'warn'}}, 'unknown rule "toString"'],
    ['{"rules": {"hasOwnProperty": "off"}}', {rules: {hasOwnProperty: 'off'}}, 'unknown rule "hasOwnProperty"']
  ] as const
  it('each is refused with one line naming the file, exit 2', () => {
    const files: Record<string, string> = {}
    names.forEach(([, config], index) => {
      files[`case${index}/d.txt`] = pleonasm
      files[`case${index}/.retextrc.json`] = JSON.stringify(config)
    })
    const result = runCli(['--report', 'json', '.'], {cwd: scratch(files)})
    expect(result.code).toBe(2)
    const report = jsonReport(result.stdout)
    expect(report.map((file) => file.messages.length)).toEqual(names.map(() => 1))
    names.forEach(([, , words], index) => {
      expect(report[index].messages[0].reason).toContain(words)
      expect(report[index].messages[0].reason).toContain(`(in case${index}/.retextrc.json)`)
    })
  })

  it('{"rules": {"__proto__": …}} (an own key once JSON is parsed) is refused too', () => {
    const result = runCli(['d.txt'], {cwd: scratch({'d.txt': pleonasm, '.retextrc.json': '{"rules": {"__proto__": "warn"}}'})})
    expect(result.code).toBe(2)
    expect(errorLines(result.stderr)).toEqual([expect.stringContaining('unknown rule "__proto__"')])
  })
})

/** A plugin that throws on every draft (a stand-in for a buggy rule); copydesk loads it from the config. */
const throwingPlugin = `export default function boom() {
  return function () {
    throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')")
  }
}
`

describe('a rule that crashes fails the run loudly', () => {
  const files = {
    'a.txt': pleonasm,
    'b.txt': 'The the council met.\n',
    'boom.mjs': throwingPlugin,
    '.retextrc.json': JSON.stringify({plugins: ['./boom.mjs']})
  }

  it('one fatal line per file, the other rules’ messages kept, exit 2', () => {
    const result = runCli(['a.txt'], {cwd: scratch(files)})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("rule ./boom.mjs crashed on a.txt: Cannot read properties of undefined (reading 'toLowerCase')")
    // The pleonasm is still reported.
    expect(result.stderr).toMatch(/1:11-1:34\s+warning\s+Redundant: `won an election victory`/)
    noStack(result.stderr)
  })

  it('the JSON report has the crash as a message with its own id, and the rules’ messages', () => {
    const result = runCli(['--report', 'json', 'a.txt', 'b.txt'], {cwd: scratch(files)})
    expect(result.code).toBe(2)
    expect(
      jsonReport(result.stdout).map((file) => [file.path, file.messages.map((message) => [message.messageId, message.fatal])])
    ).toEqual([
      [
        'a.txt',
        [
          ['copydesk/rule-crashed', true],
          ['redundancy/pleonasm', false]
        ]
      ],
      [
        'b.txt',
        [
          ['copydesk/rule-crashed', true],
          ['repeated-words/repeated-word', false]
        ]
      ]
    ])
  })

  it('the same with --jobs 2 (the plugin is loaded in the worker) and with --fix-dry-run', () => {
    const folder = scratch(files)
    const serial = runCli(['--report', 'json', 'a.txt', 'b.txt'], {cwd: folder})
    const parallel = runCli(['--report', 'json', '--jobs', '2', 'a.txt', 'b.txt'], {cwd: folder})
    expect(parallel.code).toBe(2)
    expect(jsonReport(parallel.stdout)).toEqual(jsonReport(serial.stdout))
    const fix = runCli(['--fix-dry-run', 'a.txt'], {cwd: folder})
    expect(fix.code).toBe(2)
    expect(fix.stderr).toContain('rule ./boom.mjs crashed on a.txt')
    expect(fix.stdout).toBe('')
  })
})

describe('message ids', () => {
  it('every rule declares its message ids, and every message carries one of them', async () => {
    const draft = [
      'Leave a Reply',
      'The mayor won an election victory, reportedly.',
      'The the council met in Kiev.',
      '"We will win," the crowd heard.'
    ].join('\n')
    const file = await lint(new VFile({path: 'd.txt', value: draft}))
    expect(file.messages.length).toBeGreaterThan(3)
    for (const message of file.messages) {
      const [ruleId, local] = String((message as {messageId?: string}).messageId).split('/')
      expect(ruleId).toBe(message.ruleId)
      expect(Object.keys(rules[ruleId].meta.messages)).toContain(local)
      expect(message.source).toBe('copydesk')
    }
  })
})
