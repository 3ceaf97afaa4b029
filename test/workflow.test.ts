/**
 * The example GitHub workflow's shell steps, run for real in a local git
 * repository laid out like a pull request (a base branch and a head commit),
 * with the built copydesk in place of the installed one.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

interface Step {
  name?: string
  id?: string
  run?: string
  uses?: string
}

function workflowSteps(): Step[] {
  const parsed = spawnSync(
    'python3',
    [
      '-c',
      'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))',
      path.join(root, 'docs/examples/github-workflow.yml')
    ],
    {encoding: 'utf8'}
  )
  expect(parsed.stderr).toBe('')
  return JSON.parse(parsed.stdout).jobs.copy.steps
}

describe('docs/examples/github-workflow.yml', () => {
  it('annotates the drafts a pull request changed, and writes a SARIF file', () => {
    const steps = workflowSteps()
    const byName = (name: string) => steps.find((step) => step.name === name)!.run!
    expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true)

    const repo = mkdtempSync(path.join(tmpdir(), 'copydesk-workflow-'))
    const output = path.join(repo, '.github-output')
    const env = {...process.env, HOME: repo, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', GITHUB_OUTPUT: output}
    const sh = (script: string) => {
      const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {cwd: repo, env, encoding: 'utf8', timeout: 60000})
      return {code: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    const write = (name: string, value: string) => {
      mkdirSync(path.dirname(path.join(repo, name)), {recursive: true})
      writeFileSync(path.join(repo, name), value)
    }
    sh('git init -q -b main && git config user.name Desk && git config user.email desk@example.invalid && git config commit.gpgsign false')
    write('drafts/old.md', 'The the old story, already published.\n')
    sh('git add -A && git commit -qm base && git update-ref refs/remotes/origin/main HEAD && git checkout -qb feature')
    write('drafts/new story.md', 'The council, which won an election victory, met.\n')
    write('drafts/notes.txt', 'Nothing to fix here.\n')
    write('src/app.md', 'The the code notes are not drafts.\n')
    sh('git add -A && git commit -qm head')

    // What GitHub substitutes, and the built copydesk for the installed one.
    const prepare = (script: string) =>
      script.replaceAll('${{ github.base_ref }}', 'main').replaceAll('npx --no-install copydesk', `"${process.execPath}" "${bin}"`)

    expect(sh(prepare(byName('Drafts changed in this pull request'))).code).toBe(0)
    expect(readFileSync(path.join(repo, 'changed.txt'), 'utf8')).toBe('drafts/new story.md\ndrafts/notes.txt\n')
    expect(readFileSync(output, 'utf8')).toBe('count=2\n')

    const annotate = sh(prepare(byName('Annotate the pull request')))
    expect(annotate.code).not.toBe(0)
    expect(annotate.stdout).toBe(
      '::warning file=drafts/new story.md,line=1,col=20,endLine=1,endColumn=43,title=redundancy::Redundant: `won an election victory` says the same thing twice; write `won the election`\n'
    )

    expect(sh(prepare(byName('SARIF report'))).code).toBe(0)
    const sarif = JSON.parse(readFileSync(path.join(repo, 'copydesk.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['redundancy'])
  })
})
