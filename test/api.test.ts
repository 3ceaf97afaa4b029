import {spawnSync} from 'node:child_process'
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {ConfigError, createProcessor, lint, reporters} from '../src/index.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const draft = 'The the council met.\n\nThey won an election victory.\n'

function summary(file: VFile) {
  return file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal, message.expected])
}

describe('lint()', () => {
  it('lints a string with the recommended preset', async () => {
    const file = await lint(draft)
    expect(summary(file)).toEqual([
      ['repeated-words', 1, 1, false, ['The']],
      ['redundancy', 3, 6, false, ['won the election']]
    ])
    expect(file.messages[1]).toMatchObject({
      source: 'copydesk',
      actual: 'won an election victory',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/redundancy/README.md',
      place: {start: {line: 3, column: 6, offset: 27}, end: {line: 3, column: 29, offset: 50}}
    })
  })

  it('applies a given configuration: preset and rule severities', async () => {
    const file = await lint(draft, {config: {preset: 'strict', rules: {'repeated-words': 'off'}}})
    expect(summary(file)).toEqual([['redundancy', 3, 6, true, ['won the election']]])
  })

  it('takes a VFile, keeps its path, and picks the format by extension', async () => {
    const input = new VFile({path: 'story.html', value: '<p>The <i>the</i> end</p>'})
    const file = await lint(input)
    expect(file).toBe(input)
    expect(summary(file)).toEqual([['repeated-words', 1, 4, false, ['The']]])
  })

  it('takes a format for a bare string (what a CMS sends)', async () => {
    const html = '<p>The council &mdash; meeting on Monday &mdash; said the the plan stands.</p>'
    expect(summary(await lint(html, {format: 'html'}))).toEqual([['repeated-words', 1, 55, false, ['the']]])
    // Comments switch rules off in Markdown; plain text has no comments.
    const markdown = '<!-- copydesk disable -->\nThe the end.\n'
    expect(summary(await lint(markdown, {format: 'markdown'}))).toEqual([])
    expect(summary(await lint(markdown, {format: 'text'}))).toEqual([['repeated-words', 2, 1, false, ['The']]])
  })

  it('gives the same messages as the CLI for the same draft and configuration', async () => {
    const config = {rules: {readability: 'warn'}}
    const folder = scratch({'a.md': draft, '.retextrc.json': JSON.stringify(config)})
    const [cliFile] = jsonReport(runCli(['a.md', '--report', 'json'], {cwd: folder}).stdout)
    const apiFile = await lint(new VFile({path: 'a.md', value: draft}), {config})
    expect(apiFile.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual(
      cliFile.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])
    )
  })

  it('resolves an unreadable draft to a file with one fatal message', async () => {
    const file = await lint('   \n')
    expect(file.messages.map((message) => [message.fatal, message.reason])).toEqual([
      [true, 'This file is empty: there is nothing to check']
    ])
  })

  it('rejects a bad configuration with a ConfigError naming the problem', async () => {
    await expect(lint(draft, {config: {rules: {'no-such-rule': 'warn'}}})).rejects.toThrow(ConfigError)
    await expect(lint(draft, {config: {rules: {redundancy: 'loud'}}})).rejects.toThrow(/unknown severity "loud"/)
  })

  it('exposes the processor and the reporters for batch jobs', async () => {
    const processor = createProcessor({rules: {readability: 'off'}})
    const file = new VFile({path: 'b.md', value: draft})
    await processor.run(processor.parse(file), file)
    expect(summary(file)).toHaveLength(2)
    expect(reporters.quickfix([file], {})).toBe(
      'b.md:1:1: warning repeated-words Repeated word: `The the`; delete one `the`\n' +
        'b.md:3:6: warning redundancy Redundant: `won an election victory` says the same thing twice; write `won the election`\n'
    )
  })
})

describe('the published package', () => {
  it('is imported by name and type-checks in a TypeScript consumer', () => {
    const folder = scratch({
      'package.json': JSON.stringify({type: 'module'}),
      'consumer.ts': [
        "import {lint, type CopydeskConfig, type LintOptions} from 'copydesk'",
        "const config: CopydeskConfig = {preset: 'recommended', rules: {readability: 'off'}}",
        "const options: LintOptions = {config, format: 'html'}",
        "const file = await lint('<p>The the end.</p>', options)",
        'const rows: string[] = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)',
        'console.log(JSON.stringify(rows))'
      ].join('\n'),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: []
        },
        files: ['consumer.ts']
      })
    })
    mkdirSync(path.join(folder, 'node_modules'))
    symlinkSync(root, path.join(folder, 'node_modules', 'copydesk'), 'dir')
    const typeCheck = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', folder], {encoding: 'utf8'})
    expect(typeCheck.stdout + typeCheck.stderr).toBe('')
    expect(typeCheck.status).toBe(0)

    // Type-checked, now run it as plain JavaScript (the types are the only TypeScript in it).
    const script = path.join(folder, 'consumer.mjs')
    writeFileSync(
      script,
      "import {lint} from 'copydesk'\nconst file = await lint('<p>The the end.</p>', {config: {rules: {readability: 'off'}}, format: 'html'})\n" +
        'console.log(JSON.stringify(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)))\n'
    )
    const ran = spawnSync(process.execPath, [script], {cwd: folder, encoding: 'utf8'})
    expect(ran.stderr).toBe('')
    expect(JSON.parse(ran.stdout)).toEqual(['1:4 repeated-words'])
  })
})
