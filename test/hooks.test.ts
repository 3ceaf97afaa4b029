/**
 * Commit hooks for real: a temporary git repository with the hook installed,
 * the built copydesk behind it, and `git commit` refused or accepted.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const warningDraft = 'The mayor, who won an election victory, opened the bridge.\n'
const cleanDraft = 'The mayor opened the bridge on Saturday.\n'

/** A fresh repository with a local identity, isolated from the user's git configuration. */
function repository() {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-hook-'))
  const home = path.join(folder, '.home')
  const repo = path.join(folder, 'newsroom')
  mkdirSync(home)
  mkdirSync(repo)
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    PRE_COMMIT_HOME: path.join(folder, '.pre-commit-cache')
  }
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {cwd: repo, env, encoding: 'utf8', timeout: 120000})
    return {code: result.status, output: (result.stdout ?? '') + (result.stderr ?? '')}
  }
  const git = (...args: string[]) => run('git', args)
  expect(git('init', '-q', '-b', 'main').code).toBe(0)
  git('config', 'user.name', 'Copy Desk Test')
  git('config', 'user.email', 'desk@example.invalid')
  git('config', 'commit.gpgsign', 'false')
  const write = (name: string, value: string) => {
    mkdirSync(path.dirname(path.join(repo, name)), {recursive: true})
    writeFileSync(path.join(repo, name), value)
  }
  const commits = () => {
    const log = git('rev-list', '--count', 'HEAD')
    return log.code === 0 ? Number(log.output.trim()) : 0
  }
  return {folder, repo, env, run, git, write, commits}
}

describe('plain git pre-commit hook (docs/examples/pre-commit.sh)', () => {
  it('refuses a commit of a draft with a warning and accepts a clean one', () => {
    const {repo, env, git, write, commits} = repository()
    const hook = path.join(repo, '.git/hooks/pre-commit')
    copyFileSync(path.join(root, 'docs/examples/pre-commit.sh'), hook)
    chmodSync(hook, 0o755)
    env.COPYDESK = `${process.execPath} ${bin}`

    write('drafts/bridge story.md', warningDraft)
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Bridge story')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain('redundancy')
    expect(refused.output).toContain('drafts/bridge story.md')
    expect(commits()).toBe(0)

    write('drafts/bridge story.md', cleanDraft)
    // Source code is not prose: the hook does not hand it to copydesk.
    write('tools/count.js', '// the the\n')
    git('add', '-A')
    const accepted = git('commit', '-q', '-m', 'Bridge story')
    expect(accepted.output).toContain('drafts/bridge story.md: no issues found')
    expect(accepted.code).toBe(0)
    expect(commits()).toBe(1)
  })

  it('refuses an HTML draft with an error-level problem under the strict preset', () => {
    const {repo, env, git, write, commits} = repository()
    const hook = path.join(repo, '.git/hooks/pre-commit')
    copyFileSync(path.join(root, 'docs/examples/pre-commit.sh'), hook)
    chmodSync(hook, 0o755)
    env.COPYDESK = `${process.execPath} ${bin}`
    write('.retextrc.json', '{"preset": "strict"}')
    write('export.html', '<p>The the council met.</p>')
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Export')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toMatch(/1:4-1:11\s+error/)
    expect(commits()).toBe(0)
  })
})

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
const inCi = process.env.CI === 'true'

// In CI the framework must be there (.ci/run installs it): a missing one fails, not skips.
describe.skipIf(!hasPreCommit && !inCi)('pre-commit framework (.pre-commit-hooks.yaml)', () => {
  it('runs the published hook definition, refusing a draft with a warning and accepting a clean one', () => {
    expect(hasPreCommit, 'pre-commit is not installed (apt-get install pre-commit)').toBe(true)
    const {folder, repo, env, run, git, write, commits} = repository()

    // The hook as published, run from a `repo: local` entry (no network):
    // only `language` changes, to `system`, with the built copydesk on PATH as `copydesk`.
    const manifest = spawnSync(
      'python3',
      ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path.join(root, '.pre-commit-hooks.yaml')],
      {encoding: 'utf8'}
    )
    expect(manifest.stderr).toBe('')
    const [hook] = JSON.parse(manifest.stdout) as Array<Record<string, unknown>>
    expect(hook).toMatchObject({id: 'copydesk', entry: 'copydesk --frail', types_or: ['markdown', 'html', 'plain-text']})
    write('.pre-commit-config.yaml', JSON.stringify({repos: [{repo: 'local', hooks: [{...hook, language: 'system'}]}]}, null, 2))

    const shims = path.join(folder, 'bin')
    mkdirSync(shims)
    writeFileSync(path.join(shims, 'copydesk'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`)
    chmodSync(path.join(shims, 'copydesk'), 0o755)
    env.PATH = `${shims}${path.delimiter}${env.PATH}`

    const installed = run('pre-commit', ['install'])
    expect(installed.output).toContain('pre-commit installed')
    expect(installed.code).toBe(0)

    write('story.txt', warningDraft)
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Story')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toMatch(/copydesk \(copy-quality lint for drafts\)\.+Failed/)
    expect(refused.output).toContain('redundancy')
    expect(commits()).toBe(0)

    write('story.txt', cleanDraft)
    write('tools/count.js', '// the the\n')
    git('add', '-A')
    const accepted = git('commit', '-q', '-m', 'Story')
    expect(accepted.output).toMatch(/copydesk \(copy-quality lint for drafts\)\.+Passed/)
    expect(accepted.code).toBe(0)
    expect(commits()).toBe(1)
  })
})
