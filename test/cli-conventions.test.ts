/** What users expect from ESLint and Vale: report streams, --output-file, --max-warnings, --print-config, did-you-mean, the config schema. */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'
import {configSchema} from '../src/config/schema.js'
import {presets} from '../src/config/presets.js'
import {ruleIds} from '../rules/index.js'

const warnings = 'The mayor, who won an election victory, opened the the bridge.\n'

describe('where reports go', () => {
  it('puts the human report on stderr and machine reports on stdout', () => {
    const folder = scratch({'a.txt': warnings})
    const pretty = runCli(['a.txt'], {cwd: folder})
    expect(pretty.stdout).toBe('')
    expect(pretty.stderr).toContain('1:16-1:39 warning')
    for (const format of ['json', 'sarif', 'github', 'quickfix']) {
      const result = runCli(['a.txt', '--report', format], {cwd: folder})
      expect(result.stderr, format).toBe('')
      expect(result.stdout, format).toContain('redundancy')
    }
    expect(JSON.parse(runCli(['a.txt', '--report', 'sarif'], {cwd: folder}).stdout).runs[0].results).toHaveLength(2)
  })

  it('writes any report to --output-file instead, and nothing to the terminal', () => {
    const folder = scratch({'a.txt': warnings})
    const result = runCli(['a.txt', '--report', 'sarif', '--output-file', 'copydesk.sarif'], {cwd: folder})
    expect(result).toMatchObject({code: 0, stdout: '', stderr: ''})
    const log = JSON.parse(readFileSync(path.join(folder, 'copydesk.sarif'), 'utf8'))
    expect(log.runs[0].results.map((entry: {ruleId: string}) => entry.ruleId)).toEqual(['redundancy', 'repeated-words'])
    const pretty = runCli(['a.txt', '-o', 'report.txt'], {cwd: folder})
    expect(pretty.stderr).toBe('')
    expect(readFileSync(path.join(folder, 'report.txt'), 'utf8')).toContain('⚠ 2 warnings')
  })
})

describe('--max-warnings', () => {
  const folder = scratch({'a.txt': warnings})
  it('fails a run with more warnings than allowed, and passes one with as many', () => {
    expect(runCli(['a.txt', '--max-warnings', '2'], {cwd: folder}).code).toBe(0)
    const over = runCli(['a.txt', '--max-warnings', '1'], {cwd: folder})
    expect(over.code).toBe(1)
    expect(over.stderr.trimEnd().split('\n').at(-1)).toBe('copydesk: 2 warnings, more than --max-warnings 1 allows')
    expect(runCli(['a.txt', '--max-warnings', '0', '--report', 'json'], {cwd: folder}).code).toBe(1)
  })
  it('rejects a count that is not a whole number', () => {
    expect(runCli(['a.txt', '--max-warnings', 'lots'], {cwd: folder})).toMatchObject({
      code: 2,
      stderr: 'copydesk: --max-warnings expects a whole number of 0 or more, not "lots"\n'
    })
  })
})

describe('--print-config', () => {
  it('prints the configuration found for a file, preset filled in', () => {
    const folder = scratch({'desk/.retextrc.json': '{"preset": "strict", "rules": {"readability": "off"}}'})
    const result = runCli(['--print-config', 'desk/story.md'], {cwd: folder})
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout)
    expect(printed).toMatchObject({file: 'desk/story.md', configFile: 'desk/.retextrc.json', preset: 'strict', plugins: [], settings: {}})
    expect(printed.rules).toEqual({...presets.strict, readability: 'off'})
    const none = JSON.parse(runCli(['--print-config', 'story.md'], {cwd: folder}).stdout)
    expect(none).toMatchObject({configFile: null, preset: 'recommended', rules: presets.recommended})
  })
  it('says in one line what is wrong with a broken configuration', () => {
    const folder = scratch({'.retextrc.json': '{"rules": {"redundnacy": "off"}}'})
    const result = runCli(['--print-config', 'story.md'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('unknown rule "redundnacy" (did you mean `redundancy`?)')
  })
})

describe('did you mean', () => {
  it('suggests the flag, report format or rule meant', () => {
    expect(runCli(['--max-warning', '3', 'a.txt']).stderr).toBe(
      'copydesk: unknown option `--max-warning` (did you mean `--max-warnings`?) (see `copydesk --help`)\n'
    )
    expect(runCli(['--report', 'sarf', 'a.txt']).stderr).toMatch(/^copydesk: unknown report format `sarf` \(did you mean `sarif`\?\)/)
    // Nothing close: no guess.
    expect(runCli(['--zzzzzz']).stderr).toBe('copydesk: unknown option `--zzzzzz` (see `copydesk --help`)\n')
    const folder = scratch({'a.md': '<!-- copydesk disable repeated-word -->\n\nThe the end.\n'})
    expect(runCli(['a.md'], {cwd: folder}).stderr).toContain('which is not a copydesk rule (did you mean `repeated-words`?)')
  })
})

describe('schema/retextrc.schema.json', () => {
  const shipped = JSON.parse(readFileSync(path.join(root, 'schema/retextrc.schema.json'), 'utf8'))
  const validate = new Ajv({strict: false}).compile(shipped)

  it('is the schema the registry gives (run `npm run schema` after changing rules)', () => {
    expect(shipped).toEqual(configSchema())
    expect(Object.keys(shipped.properties.rules.properties)).toEqual([...ruleIds])
  })

  it('accepts the repository configuration and the documented forms, and catches typos', () => {
    expect(validate(JSON.parse(readFileSync(path.join(root, '.retextrc.json'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true)
    expect(
      validate({
        $schema: './node_modules/copydesk/schema/retextrc.schema.json',
        preset: 'strict',
        rules: {redundancy: 'error', readability: ['info', {age: 16}]}
      })
    ).toBe(true)
    expect(validate({rules: {redundnacy: 'off'}})).toBe(false)
    expect(validate({rules: {readability: ['loud']}})).toBe(false)
    expect(validate({rules: {readability: ['info', {ages: 16}]}})).toBe(false)
    expect(validate({preset: 'lenient'})).toBe(false)
    expect(existsSync(path.join(root, 'LICENSE'))).toBe(true)
  })
})

describe("docsBaseUrl: rule pages on a newsroom's own host", () => {
  it('links every copydesk rule message there, in the report and the language of SARIF', () => {
    const folder = scratch({
      '.retextrc.json': JSON.stringify({docsBaseUrl: 'https://styleguide.example.org/copydesk'}),
      'a.txt': warnings
    })
    const [file] = JSON.parse(runCli(['a.txt', '--report', 'json'], {cwd: folder}).stdout) as Array<{
      messages: Array<{ruleId: string; url: string}>
    }>
    expect(file.messages.map((message) => [message.ruleId, message.url])).toEqual([
      ['redundancy', 'https://styleguide.example.org/copydesk/redundancy/README.md'],
      ['repeated-words', 'https://styleguide.example.org/copydesk/repeated-words/README.md']
    ])
    const sarif = JSON.parse(runCli(['a.txt', '--report', 'sarif'], {cwd: folder}).stdout)
    const rule = sarif.runs[0].tool.driver.rules.find((entry: {id: string}) => entry.id === 'redundancy')
    expect(rule.helpUri).toBe('https://styleguide.example.org/copydesk/redundancy/README.md')
    // Without it: the package's one setting.
    const plain = JSON.parse(runCli(['a.txt', '--report', 'json', '--no-config'], {cwd: folder}).stdout)
    expect(plain[0].messages[0].url).toBe('https://github.com/copydesk/copydesk/blob/main/rules/redundancy/README.md')
  })

  it('rejects a docsBaseUrl that is not a web address', () => {
    const folder = scratch({'.retextrc.json': JSON.stringify({docsBaseUrl: 'styleguide'}), 'a.txt': warnings})
    expect(runCli(['a.txt'], {cwd: folder}).stderr).toContain('`docsBaseUrl` must be an http(s) URL')
  })
})
