import {chmodSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {runFixes} from '../src/cli/fix.js'
import {lint} from '../src/index.js'
import {runCli, scratch} from './helpers/cli.js'

const flawed = 'The the harbour reopened on Monday.\nThe mayor won an election victory last spring.\nLeave a Reply\n'
const fixed = 'The harbour reopened on Monday.\nThe mayor won the election last spring.\n'
const clean = 'The harbour reopened on Monday after a week of repairs.\n'

describe('copydesk --fix', () => {
  it('writes the fixed draft and says what it changed', () => {
    const folder = scratch({'story.txt': flawed})
    const result = runCli(['--fix', '--frail', 'story.txt'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(fixed)
    expect(result.stderr).toContain('story.txt: fixed 3 problems\n')
    expect(result.stderr).toContain('  1:1  repeated-words  `The the` → `The`\n')
    expect(result.stderr).toContain('  2:11  redundancy  `won an election victory` → `won the election`\n')
    expect(result.stderr).toContain('  3:1  boilerplate  deleted `Leave a Reply`\n')
    // Nothing is left, so even --frail passes.
    expect(result.code).toBe(0)
  })

  it('keeps a byte order mark, CRLF line endings and the permissions', () => {
    const crlf = '\ufeff' + flawed.replace(/\n/g, '\r\n')
    const folder = scratch({'story.txt': crlf})
    const file = path.join(folder, 'story.txt')
    chmodSync(file, 0o640)
    runCli(['--fix', 'story.txt'], {cwd: folder})
    expect(readFileSync(file, 'utf8')).toBe('\ufeff' + fixed.replace(/\n/g, '\r\n'))
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(folder)).toEqual(['story.txt'])
  })

  it('writes only files that have fixes', () => {
    const folder = scratch({'clean.txt': clean, 'story.txt': flawed})
    const before = statSync(path.join(folder, 'clean.txt'))
    const result = runCli(['--fix', '.'], {cwd: folder})
    const after = statSync(path.join(folder, 'clean.txt'))
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect(result.stderr).not.toContain('clean.txt: fixed')
  })

  it('leaves a problem without a single fix as a message', () => {
    const folder = scratch({'story.md': '# Ferry\n\nThe the ferry is late.\n\nA long sentence.\n'})
    const result = runCli(['--fix', 'story.md'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.md'), 'utf8')).toBe('# Ferry\n\nThe ferry is late.\n\nA long sentence.\n')
    expect(result.code).toBe(0)
  })

  it('leaves direct quotations as the speaker said them', () => {
    const quoted = 'The pilot said: \u201cIt was the the roughest night.\u201d\nThe the ferry was late.\n'
    const folder = scratch({'story.txt': quoted})
    const result = runCli(['--fix', 'story.txt'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(quoted.replace('The the', 'The'))
    expect(result.stderr).toContain('story.txt: fixed 1 problem; 1 problem left to an editor\n')
    expect(result.stderr).toContain('story.txt: 1 fix inside quotations or markup left to an editor\n')
  })

  it('reports each fix where it was in the draft as read', () => {
    const folder = scratch({'story.txt': 'The ferry sailed at noon.\nSource: Harbour Desk\nLeave a Reply'})
    const result = runCli(['--fix', 'story.txt'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe('The ferry sailed at noon.')
    expect(result.stderr).toContain('  2:1  boilerplate  deleted `Source: Harbour Desk`\n  3:1  boilerplate  deleted `Leave a Reply`\n')
  })

  it('never modifies a draft without --fix', () => {
    const folder = scratch({'story.txt': flawed})
    const result = runCli(['story.txt'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(flawed)
    expect(result.stderr).not.toContain('fixed')
  })

  it('refuses --fix on stdin and --fix with --fix-dry-run', () => {
    expect(runCli(['--fix'], {input: flawed}).code).toBe(2)
    expect(runCli(['--fix', '--fix-dry-run', 'x.txt']).code).toBe(2)
  })
})

describe('copydesk --fix-dry-run', () => {
  it('prints a unified diff and changes nothing', () => {
    const folder = scratch({'story.txt': flawed})
    const result = runCli(['--fix-dry-run', 'story.txt'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(flawed)
    expect(result.stdout).toContain('--- a/story.txt\n+++ b/story.txt\n')
    const lines = result.stdout.split('\n')
    expect(lines).toContain('@@ -1,3 +1,2 @@')
    expect(lines).toContain('-The the harbour reopened on Monday.')
    expect(lines).toContain('+The harbour reopened on Monday.')
    expect(lines).toContain('-Leave a Reply')
    expect(result.stderr).toContain('story.txt: would fix 3 problems')
    // The draft still has its problems.
    expect(runCli(['--fix-dry-run', '--frail', 'story.txt'], {cwd: folder}).code).toBe(1)
  })

  it('shows the fixes of a draft read from stdin', () => {
    const result = runCli(['--fix-dry-run', '--stdin-filename', 'piped.txt'], {input: 'The the harbour reopened.\n'})
    expect(result.stdout).toContain('-The the harbour reopened.\n+The harbour reopened.\n')
  })
})

describe('runFixes', () => {
  it('does not overwrite a draft that changed on disk after it was linted', async () => {
    const folder = scratch({'story.txt': flawed})
    const file = path.join(folder, 'story.txt')
    const linted = await lint(new VFile({path: file, value: readFileSync(file)}))
    writeFileSync(file, flawed + 'A late paragraph from a colleague.\n')
    const stderr = new PassThrough()
    let said = ''
    stderr.on('data', (chunk) => (said += chunk))
    const code = await runFixes([linted], {dryRun: false, fromStdin: false, frail: false, stdout: new PassThrough(), stderr})
    expect(readFileSync(file, 'utf8')).toBe(flawed + 'A late paragraph from a colleague.\n')
    expect(said).toContain('not fixed: it changed on disk while copydesk was checking it')
    expect(code).toBe(0)
    expect(readdirSync(folder)).toEqual(['story.txt'])
  })
})
