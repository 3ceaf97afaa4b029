/**
 * The package as a user gets it: packed into a tarball (`npm pack`, what
 * `npm publish` uploads), installed into an empty folder from the npm
 * registry's dependencies, and run through its installed bins.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'

const npm = (args: string[], cwd: string) => {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 300000,
    env: {...process.env, npm_config_audit: 'false', npm_config_fund: 'false'}
  })
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${result.stderr}`)
  return result
}

describe('the package installed from its tarball into an empty folder', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-package-'))
  const app = path.join(folder, 'app')
  let files: string[] = []
  let installWarnings = ''

  beforeAll(() => {
    // dist/ is built by `pretest`; `prepare` would build it again.
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], root).stdout) as Array<{
      filename: string
      files: Array<{path: string}>
    }>
    files = packed.files.map((file) => file.path)
    spawnSync('mkdir', [app])
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'newsroom', private: true}))
    installWarnings = npm(['install', path.join(folder, packed.filename)], app).stderr
  }, 320000)

  it('installs on the Node.js it declares without engine warnings (node-sarif-builder 5 wants Node 22)', () => {
    expect(installWarnings).not.toContain('EBADENGINE')
  })

  it('ships the licence, the schema, the rule pages and the build, but no bench or corpus scripts and no second copy of data/', () => {
    expect(files).toContain('LICENSE')
    expect(files).toContain('schema/retextrc.schema.json')
    expect(files).toContain('rules/redundancy/README.md')
    expect(files).toContain('dist/copydesk.js')
    expect(files.filter((file) => file.startsWith('dist/scripts/') || file.startsWith('scripts/'))).toEqual([])
    expect(files.filter((file) => file.startsWith('data/'))).toEqual([])
    expect(files.filter((file) => file.startsWith('test/') || file.startsWith('playground/'))).toEqual([])
  })

  it('lints a draft with the installed bin', () => {
    writeFileSync(path.join(app, 'story.md'), '# Bridge\n\nThe mayor, who won an election victory, opened the bridge.\n')
    const result = spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['story.md', '--report', 'json'], {cwd: app, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; url: string}>}>
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['redundancy', 3, 16]])
    expect(file.messages[0].url).toBe('https://github.com/copydesk/copydesk/blob/main/rules/redundancy/README.md')
    const version = spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['--version'], {cwd: app, encoding: 'utf8'})
    expect(version.stdout).toBe('copydesk 0.1.0\n')
  })

  it('writes a SARIF log with the installed bin: rules with default levels, results with fingerprints', () => {
    writeFileSync(path.join(app, 'story.md'), '# Bridge\n\nThe mayor, who won an election victory, opened the bridge.\n')
    const result = spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['story.md', '--report', 'sarif'], {cwd: app, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    const [run] = JSON.parse(result.stdout).runs
    expect(run.tool.driver.rules.find((rule: {id: string}) => rule.id === 'redundancy').defaultConfiguration).toEqual({level: 'warning'})
    expect(run.results.map((entry: {ruleId: string}) => entry.ruleId)).toEqual(['redundancy'])
    expect(run.results[0].partialFingerprints['copydesk/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('lints with --jobs 2 through the installed bin (piscina loads the bundled worker), as with --jobs 1', () => {
    const drafts = path.join(app, 'drafts')
    spawnSync('mkdir', [drafts])
    for (let index = 0; index < 6; index++) {
      writeFileSync(
        path.join(drafts, `story-${index}.txt`),
        `The council met on Tuesday.\nIts chair won an election victory ${index} years ago.\n`
      )
    }
    const run = (jobs: string) =>
      spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['--jobs', jobs, '--report', 'json', 'drafts'], {cwd: app, encoding: 'utf8'})
    const serial = run('1')
    const parallel = run('2')
    const report = JSON.parse(serial.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(report.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual(
      Array.from({length: 6}, (_, index) => [`drafts/story-${index}.txt`, ['redundancy']])
    )
    expect(parallel.stderr).toBe('')
    expect(parallel.stdout).toBe(serial.stdout)
    expect(parallel.status).toBe(serial.status)
  })

  it('loads what it loads on first use with the installed bin: the language identifier, the wide-character measure', () => {
    for (const apart of ['franc-min', 'glob', 'concat-stream', 'parse-json']) expect(files).toContain(`dist/${apart}.cjs`)
    const folder = path.join(app, 'first-use')
    spawnSync('mkdir', [folder])
    // Without the language pass (franc-min, dist/franc-min.cjs) the Spanish sentence reads as a hard English one.
    writeFileSync(
      path.join(folder, 'zoë.txt'),
      'Zoë Müller spoke first.\n\nShe quoted the mayor: "La administración regional caracterizó sistemáticamente la extraordinaria complejidad presupuestaria como fundamentalmente insostenible, considerando particularmente las desproporcionadas obligaciones financieras correspondientes a las administraciones provinciales."\n\nLater Zoe Müller said the the vote was close.\n'
    )
    const bin = path.join(app, 'node_modules/.bin/copydesk')
    const result = spawnSync(bin, ['zoë.txt'], {cwd: folder, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe('zoë.txt')
    // The pretty report: string-width is loaded for the accented name (a failed load would fail the run).
    expect(lines.slice(1, 3).map((line) => line.split(/\s+/).slice(0, 2))).toEqual([
      ['5:7-5:10', 'warning'],
      ['5:23-5:30', 'warning']
    ])
    expect(lines[1].indexOf('name-consistency')).toBe(lines[2].indexOf('repeated-words'))
    expect(result.stderr).not.toContain('readability')
    // A glob (dist/glob.cjs), standard input (dist/concat-stream.cjs), a JSON configuration (dist/parse-json.cjs).
    const globbed = spawnSync(bin, ['*.txt', '--report', 'json'], {cwd: folder, encoding: 'utf8'})
    expect((JSON.parse(globbed.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['zoë.txt'])
    const piped = spawnSync(bin, ['--stdin-filename', 'piped.txt', '--report', 'json'], {
      cwd: folder,
      input: 'The the end.\n',
      encoding: 'utf8'
    })
    expect(piped.stdout).toContain('"ruleId":"repeated-words"')
    writeFileSync(path.join(folder, '.retextrc.json'), '{"rules": {"repeated-words": "off"}}\n')
    const configured = spawnSync(bin, ['--stdin-filename', 'piped.txt', '--report', 'json'], {
      cwd: folder,
      input: 'The the end.\n',
      encoding: 'utf8'
    })
    expect(configured.stdout).not.toContain('"ruleId":"repeated-words"')
    expect(configured.status).toBe(0)
  })

  it('reads a YAML configuration with the installed bin (the bundle loads the YAML reader on first use)', () => {
    const folder = path.join(app, 'yaml-config')
    spawnSync('mkdir', [folder])
    writeFileSync(path.join(folder, 'story.txt'), 'The mayor, who won an election victory, opened the the bridge.\n')
    writeFileSync(path.join(folder, '.retextrc.yml'), 'rules:\n  redundancy: off\n')
    const result = spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['story.txt', '--report', 'json'], {
      cwd: folder,
      encoding: 'utf8'
    })
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['repeated-words', 1, 48]])
    writeFileSync(path.join(folder, '.retextrc.yml'), 'rules: [redundancy\n')
    const broken = spawnSync(path.join(app, 'node_modules/.bin/copydesk'), ['story.txt'], {cwd: folder, encoding: 'utf8'})
    // Exit 1, as the README's table says for a config file that is not valid YAML; no stack trace.
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain('Cannot parse file `.retextrc.yml`')
    expect(broken.stderr).not.toMatch(/\n\s+at /)
  })

  it('installs the language server bin and the library', () => {
    expect(readdirSync(path.join(app, 'node_modules/.bin'))).toEqual(expect.arrayContaining(['copydesk', 'copydesk-language-server']))
    const script =
      "import {lint} from 'copydesk'; const file = await lint('The the council met.'); console.log(file.messages.map((m) => m.ruleId).join())"
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: app, encoding: 'utf8'})
    expect(result.stdout).toBe('repeated-words\n')
  })
})
