/**
 * `--jobs`, batches and `--shard` change how the work is spread, never the
 * report: the same bytes, in the same order, with the same exit code.
 */
import os from 'node:os'
import {describe, expect, it} from 'vitest'
import {recommended} from '../src/config/presets.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'
import {newsDrafts} from './helpers/drafts.js'

const drafts = newsDrafts(24)
const folder = scratch({
  ...drafts,
  'desk-a/empty.txt': '',
  'desk-b/photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
})

describe('--jobs', () => {
  const serial = runCli(['--jobs', '1', '--report', 'json', '.'], {cwd: folder})

  it('lints every draft and reports problems (so the comparison means something)', () => {
    const report = jsonReport(serial.stdout)
    expect(report).toHaveLength(26)
    expect(report.map((file) => file.path)).toEqual([...report.map((file) => file.path)].sort())
    const rules = new Set(report.flatMap((file) => file.messages.map((message) => message.ruleId ?? message.reason)))
    expect(rules).toContain('repeated-words')
    expect(rules).toContain('redundancy')
    expect(rules).toContain('boilerplate')
    expect(serial.code).toBe(1)
  })

  for (const jobs of ['2', '3']) {
    it(`--jobs ${jobs} gives the serial JSON report byte for byte`, () => {
      const parallel = runCli(['--jobs', jobs, '--report', 'json', '.'], {cwd: folder})
      expect(parallel.stdout).toBe(serial.stdout)
      expect(parallel.code).toBe(serial.code)
    })
  }

  it('gives the serial pretty report byte for byte', () => {
    const one = runCli(['--jobs', '1', '.'], {cwd: folder})
    const two = runCli(['--jobs', '2', '.'], {cwd: folder})
    expect(two.stderr).toBe(one.stderr)
    expect(two.stderr).toContain('desk-b/late/story-02.txt')
  })

  it('gives the same report when the list is linted in small batches', () => {
    for (const jobs of ['1', '2']) {
      const batched = runCli(['--jobs', jobs, '--report', 'json', '.'], {cwd: folder, env: {COPYDESK_BATCH_SIZE: '5'}})
      expect(batched.stdout).toBe(serial.stdout)
    }
  })

  it('rejects a bad --jobs value with one line', () => {
    const result = runCli(['--jobs', 'many', '.'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: --jobs expects a whole number of at least 1, not "many"\n')
  })
})

describe('--shard', () => {
  const all = jsonReport(runCli(['--report', 'json', '.'], {cwd: folder}).stdout)

  it('splits the sorted list into disjoint slices that together are the whole run', () => {
    const slices = ['1/3', '2/3', '3/3'].map((shard) =>
      jsonReport(runCli(['--shard', shard, '--report', 'json', '.'], {cwd: folder}).stdout)
    )
    expect(slices.map((slice) => slice.length)).toEqual([9, 9, 8])
    // File k of the sorted list is in shard (k mod n) + 1, with the same messages as in the whole run.
    slices.forEach((slice, index) => {
      expect(slice).toEqual(all.filter((_, position) => position % 3 === index))
    })
  })

  it('is deterministic', () => {
    const first = runCli(['--shard', '2/4', '--report', 'json', '.'], {cwd: folder})
    const again = runCli(['--shard', '2/4', '--jobs', '2', '--report', 'json', '.'], {cwd: folder})
    expect(again.stdout).toBe(first.stdout)
  })

  it('says so when a shard holds no draft, without failing', () => {
    const lone = scratch({'only.txt': 'The council met on Tuesday.\n'})
    const result = runCli(['--shard', '2/2', '.'], {cwd: lone})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('copydesk: shard 2/2 holds no drafts (1 in all): nothing to lint\n')
  })

  it('rejects malformed shards with one line', () => {
    for (const [value, message] of [
      ['3', '--shard expects i/n such as 1/4 (the first of four slices), not "3"'],
      ['0/2', '--shard 0/2: i must be between 1 and n (for example 1/2 … 2/2)'],
      ['5/4', '--shard 5/4: i must be between 1 and n (for example 1/4 … 4/4)']
    ]) {
      const result = runCli(['--shard', value, '.'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`copydesk: ${message}\n`)
    }
  })
})

describe('per-rule timing', () => {
  it('prints one row per enabled rule and the parse, after the report', () => {
    for (const [args, env] of [
      [['--timing', '--jobs', '1', '-q', '.'], {}],
      [['--jobs', '2', '-q', '.'], {COPYDESK_TIMING: '1'}]
    ] as const) {
      const result = runCli([...args], {cwd: folder, env})
      const table = result.stderr.slice(result.stderr.indexOf('Rule '))
      const labels = table
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split('|')[0].trim())
      const enabled = Object.keys(recommended).filter((ruleId) => recommended[ruleId] !== 'off')
      expect(labels.sort()).toEqual(['(parse)', ...enabled].sort())
    }
  })

  it('prints nothing extra without the switch', () => {
    expect(runCli(['-q', '.'], {cwd: folder}).stderr).not.toContain('Time (ms)')
  })
})

/**
 * A long, varied report (made-up names and numbers) of short words and commas: many tokens per
 * character, so it needs far more heap per character than ordinary copy (a 64 MB worker cannot hold 250 KB).
 */
function longReport(characters: number): string {
  const lines: string[] = []
  let length = 0
  for (let index = 0; length < characters; index++) {
    const line = `Mr Ng${index % 97} of the ${['IRA', 'UN', 'EU'][index % 3]} said on ${['Monday', 'Tuesday', 'Friday'][index % 3]} that ${index % 9} of us, as we do, go to it, and so on, by ${2030 + (index % 9)}.`
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n').slice(0, characters) + '\n'
}

describe('--jobs when a worker runs out of memory', () => {
  // 250 KB (under the size a worker takes, 256 KB) needs far more than a 64 MB worker heap; the drafts need far less.
  // In one folder and in batches of 25, the drafts reach the workers with the culprit, not in batches of their own.
  const flat = Object.fromEntries(Object.entries(newsDrafts(24)).map(([name, text]) => [name.replaceAll('/', '-'), text]))
  const crowded = scratch({...flat, 'desk-b-results.txt': longReport(250 * 1024)})
  const env = {COPYDESK_WORKER_BATCH: '25'}
  const serial = runCli(['--jobs', '1', '--report', 'json', '.'], {cwd: crowded})
  const parallel = runCli(['--jobs', '2', '--worker-memory-mb', '64', '--report', 'json', '.'], {cwd: crowded, env})

  it('fails only the draft that exhausts a worker, with one line', () => {
    const report = jsonReport(parallel.stdout)
    const culprit = report.find((file) => file.path === 'desk-b-results.txt')
    expect(culprit?.messages.map((message) => [message.fatal, message.reason])).toEqual([
      [
        true,
        'This draft needs more memory than a worker has (--worker-memory-mb 64): lint it with --jobs 1, or give workers more with --worker-memory-mb'
      ]
    ])
    expect(parallel.code).toBe(1)
    expect(parallel.stderr).toBe('')
  }, 120000)

  it('gives every other draft (those that shared the dead worker too) its serial messages', () => {
    const bystanders = (text: string) => jsonReport(text).filter((file) => file.path !== 'desk-b-results.txt')
    const expected = bystanders(serial.stdout)
    expect(expected).toHaveLength(24)
    expect(expected.some((file) => file.messages.length > 0)).toBe(true)
    expect(bystanders(parallel.stdout)).toEqual(expected)
    // Serially, the culprit is linted: the memory limit is the workers' alone.
    expect(
      jsonReport(serial.stdout)
        .find((file) => file.path === 'desk-b-results.txt')
        ?.messages.some((message) => message.fatal)
    ).toBe(false)
  })

  it('says so in the pretty report, without a stack trace', () => {
    const pretty = runCli(['--jobs', '2', '--worker-memory-mb', '64', '-q', '.'], {cwd: crowded, env})
    expect(pretty.stderr).toMatch(/desk-b-results\.txt\n\s+error\s+This draft needs more memory than a worker has/)
    expect(pretty.stderr).not.toMatch(/^\s+at /m)
    expect(pretty.code).toBe(1)
  }, 120000)

  it('without --jobs, runs in one thread when the text would not keep a second busy (under 320 KB a thread)', () => {
    const unasked = runCli(['--worker-memory-mb', '64', '--report', 'json', '.'], {cwd: crowded, env})
    expect(unasked.stdout).toBe(serial.stdout)
  })

  it.runIf(os.availableParallelism() >= 2)(
    'without --jobs, starts workers when there is text for them',
    () => {
      const fillers = Object.fromEntries(Array.from({length: 50}, (_, index) => [`filler-${index}.txt`, longReport(8 * 1024)]))
      const busy = scratch({...flat, ...fillers, 'desk-b-results.txt': longReport(250 * 1024)})
      const unasked = runCli(['--worker-memory-mb', '64', '--report', 'json', '.'], {cwd: busy})
      const culprit = jsonReport(unasked.stdout).find((file) => file.path === 'desk-b-results.txt')
      expect(culprit?.messages.map((message) => message.reason)).toEqual([
        expect.stringMatching(/^This draft needs more memory than a worker has/)
      ])
    },
    120000
  )

  it('rejects a bad --worker-memory-mb with one line', () => {
    const result = runCli(['--jobs', '2', '--worker-memory-mb', '8', '.'], {cwd: crowded})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: --worker-memory-mb expects a whole number of megabytes, at least 64, not "8"\n')
  })
})
