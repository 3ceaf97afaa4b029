/**
 * The CLI over a folder of everything an archive holds besides drafts: each
 * problem is one plain line on its file, the drafts are still linted, and
 * nothing is written anywhere.
 */
import {execFileSync} from 'node:child_process'
import {chmodSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {jsonReport, runBundle, runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

/** As root (CI runs as root) chmod 000 does not stop reads: then the unreadable case is the dangling link. */
const asRoot = process.getuid?.() === 0

const folder = scratch({
  'good.txt': 'The council met on Tuesday and the the plan passed.\n',
  'notes/inner.md': '# Notes\n\nThe ferry company said its its timetable would change.\n',
  'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'nul.txt': Buffer.from('The board met.\u0000\u0000\u0000 Then it rose.\n'),
  'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0x0a]),
  'empty.txt': ''
})
// 50 MB of prose: far too large to be a draft.
writeFileSync(path.join(folder, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'The council met again on Tuesday. '))
symlinkSync('loop.txt', path.join(folder, 'loop.txt'))
symlinkSync('missing.txt', path.join(folder, 'dangling.txt'))
symlinkSync('..', path.join(folder, 'notes', 'up'))
execFileSync('mkfifo', [path.join(folder, 'pipe.txt')])
if (!asRoot) {
  writeFileSync(path.join(folder, 'locked.txt'), 'The locked draft.\n')
  chmodSync(path.join(folder, 'locked.txt'), 0o000)
}

/** Every entry's size, mode, mtime and (for regular files) content hash, links not followed. */
function snapshot(): string {
  const lines: string[] = []
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(folder, relative)).sort()) {
      const entry = path.join(relative, name)
      const stats = lstatSync(path.join(folder, entry))
      let content = ''
      if (stats.isFile() && stats.mode & 0o400 && stats.size < 1024 * 1024)
        content = readFileSync(path.join(folder, entry)).toString('base64')
      lines.push(`${entry} ${stats.mode} ${stats.size} ${stats.mtimeMs} ${content}`)
      if (stats.isDirectory()) walk(entry)
    }
  }
  walk('.')
  return lines.join('\n')
}

describe('a mixed folder', () => {
  const before = snapshot()
  const hugeMtime = statSync(path.join(folder, 'huge.txt')).mtimeMs
  const serial = runCli(['--jobs', '1', '--report', 'json', '.'], {cwd: folder})
  const report = jsonReport(serial.stdout)
  const byPath = new Map(report.map((file) => [file.path, file.messages]))

  afterAll(() => {
    if (!asRoot) chmodSync(path.join(folder, 'locked.txt'), 0o600)
    // The 50 MB file must not pile up in the temporary folder run after run.
    rmSync(folder, {recursive: true, force: true})
  })

  it('gives each problem file one plain fatal line', () => {
    const expected: Record<string, RegExp> = {
      'photo.txt': /^This (looks like a binary file|file is not valid UTF-8 text)/,
      'nul.txt': /^This looks like a binary file, not a draft/,
      'latin1.txt': /^This file is not valid UTF-8 text: save it as UTF-8/,
      'empty.txt': /^This file is empty/,
      'huge.txt': /^This file is 50\.0 MB, too large to be a draft/,
      // Said plainly, without Node's ELOOP code (issue 16).
      'loop.txt': /^This is a symlink loop, not a draft$/,
      'dangling.txt': /^No such file or folder$/,
      'pipe.txt': /^This is a pipe, socket or device, not a saved draft/
    }
    if (!asRoot) expected['locked.txt'] = /EACCES/
    for (const [name, reason] of Object.entries(expected)) {
      const messages = byPath.get(name)
      expect(messages, name).toHaveLength(1)
      expect(messages![0].fatal, name).toBe(true)
      expect(messages![0].reason, name).toMatch(reason)
      expect(messages![0].reason, name).not.toContain('\n')
    }
  })

  it('still lints the drafts, each once (the symlinked folder loop does not repeat them)', () => {
    expect(byPath.get('good.txt')?.map((message) => message.ruleId)).toEqual(['repeated-words'])
    expect(byPath.get('notes/inner.md')?.map((message) => message.ruleId)).toEqual(['repeated-words'])
    expect(report.filter((file) => file.path.endsWith('inner.md'))).toHaveLength(1)
    expect(serial.code).toBe(1)
  })

  it('prints no stack trace in the pretty report', () => {
    const pretty = runCli(['.'], {cwd: folder})
    expect(pretty.stderr).not.toMatch(/^\s+at /m)
    expect(pretty.stderr).toContain('huge.txt')
  })

  it('gives the same report with --jobs 2', () => {
    expect(runCli(['--jobs', '2', '--report', 'json', '.'], {cwd: folder}).stdout).toBe(serial.stdout)
  })

  it('writes nothing', () => {
    expect(snapshot()).toBe(before)
    expect(statSync(path.join(folder, 'huge.txt')).mtimeMs).toBe(hugeMtime)
    // Standard output holds the JSON report and nothing else (no draft text).
    expect(serial.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(serial.stdout.startsWith('[')).toBe(true)
  })
})

describe('bundled CLI', () => {
  it('dist/copydesk.js (the bin) gives the same report as the unbundled CLI', () => {
    const drafts = scratch({
      'a.txt': 'The the council met.\n',
      'b/b.md': '# B\n\nIt won an election victory.\n',
      'c.txt': 'Fine copy here.\n',
      // A passage in Spanish: the language pass loads franc-min (dist/franc-min.cjs) in the worker too.
      'd.txt': `The mayor spoke.\n\n${readFileSync(path.join(root, 'rules/readability/fixtures/passage-in-spanish.txt'), 'utf8')}`
    })
    for (const jobs of ['1', '2']) {
      const plain = runCli(['--jobs', jobs, '--report', 'json', '.'], {cwd: drafts})
      const bundled = runBundle(['--jobs', jobs, '--report', 'json', '.'], {cwd: drafts})
      expect(plain.stdout).toContain('"ruleId":"repeated-words"')
      expect(bundled.stdout).toBe(plain.stdout)
      expect(bundled.code).toBe(plain.code)
    }
  })

  // The bundle ships the data files as JSON text without their provenance fields (scripts/bundle.ts):
  // every rule's fixtures exercise the lists, and must be reported exactly as from the sources.
  it("dist/copydesk.js reports every rule's fixtures as the unbundled CLI does", () => {
    const args = ['--jobs', '1', '--report', 'json', 'rules']
    const plain = runCli(args)
    const bundled = runBundle(args)
    for (const id of ['boilerplate', 'redundancy', 'unattributed-claim', 'entity-conflation', 'name-consistency', 'title-consistency'])
      expect(plain.stdout).toContain(`"ruleId":"${id}"`)
    expect(bundled.stdout).toBe(plain.stdout)
  })

  // The bundle measures report columns with a shim that loads string-width only for text that is not
  // printable ASCII (src/bundle/string-width.ts): accents, wide characters, emoji and colour codes
  // must line up exactly as vfile-reporter's own string-width lines them up.
  it('dist/copydesk.js prints the same pretty report, wide characters and colour included', () => {
    const drafts = scratch({
      'ascii.txt': 'The the council met.\n',
      'zoë.txt': 'Zoë Müller said the plan would work.\n\nLater Zoe Muller said the the plan had failed.\n',
      '東京.txt': 'The 東京 office said its its staff had moved. 👩‍👩‍👧 The the end.\n'
    })
    for (const color of [false, true]) {
      const args = [...(color ? ['--color'] : []), '.']
      const env = color ? {NO_COLOR: '', FORCE_COLOR: '1'} : {}
      const plain = runCli(args, {cwd: drafts, env})
      const bundled = runBundle(args, {cwd: drafts, env})
      expect(plain.stderr).toContain('`Zoe`')
      expect(plain.stderr.includes('\u001b[')).toBe(color)
      expect(bundled.stderr).toBe(plain.stderr)
    }
  })
})
