/**
 * The import graph of src/ and rules/, read from the sources: no import
 * cycle anywhere, the lexicon depends on nothing in the analysis, and no
 * module both defines the worker protocol and runs the pool.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'

function sourceFiles(folder: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name)
    if (statSync(full).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') for (const file of sourceFiles(full)) found.push(file)
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      found.push(full)
    }
  }
  return found
}

/** Relative imports and re-exports (`import … from './x.js'`, `export … from`, `import('./x.js')`), as source paths. */
function relativeImports(file: string, text: string): string[] {
  const targets: string[] = []
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g
  for (const match of text.matchAll(pattern)) {
    // `import type` only is erased at run time, but a cycle of types is still a tangle: count it.
    const target = path.resolve(path.dirname(file), match[1])
    if (target.endsWith('.json')) continue
    targets.push(target.replace(/\.js$/, '.ts'))
  }
  return targets
}

const files = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'rules'))]
const graph = new Map(files.map((file) => [file, relativeImports(file, readFileSync(file, 'utf8'))]))
const shown = (file: string) => path.relative(root, file)

describe('architecture', () => {
  it('reads a real graph (so the checks below mean something)', () => {
    expect(files.length).toBeGreaterThan(40)
    expect(graph.get(path.join(root, 'src/index.ts'))).toContain(path.join(root, 'src/pipeline/draft.ts'))
    for (const [file, targets] of graph) {
      for (const target of targets) expect(files, `${shown(file)} imports ${shown(target)}, which does not exist`).toContain(target)
    }
  })

  it('has no import cycle among src/ and rules/', () => {
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const stack: string[] = []
    // Iterative depth-first search: the graph may be deep.
    for (const start of files) {
      if (state.has(start)) continue
      const work: Array<{file: string; next: number}> = [{file: start, next: 0}]
      state.set(start, 'open')
      stack.push(start)
      while (work.length > 0) {
        const top = work[work.length - 1]
        const targets = graph.get(top.file) ?? []
        if (top.next < targets.length) {
          const target = targets[top.next++]
          const seen = state.get(target)
          if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(shown).join(' → '))
          else if (seen === undefined && graph.has(target)) {
            state.set(target, 'open')
            stack.push(target)
            work.push({file: target, next: 0})
          }
        } else {
          state.set(top.file, 'done')
          stack.pop()
          work.pop()
        }
      }
    }
    expect(cycles).toEqual([])
  })

  it('the lexicon imports nothing from the analysis (nor from rules, the pipeline or the CLI)', () => {
    const lexicon = files.filter((file) => file.startsWith(path.join(root, 'src/lexicon') + path.sep))
    expect(lexicon.length).toBeGreaterThan(0)
    const forbidden = ['src/analysis', 'src/rule-kit', 'src/pipeline', 'src/cli', 'src/server', 'rules'].map(
      (folder) => path.join(root, folder) + path.sep
    )
    const offending = lexicon.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((target) => forbidden.some((folder) => target.startsWith(folder)))
        .map((target) => `${shown(file)} → ${shown(target)}`)
    )
    expect(offending).toEqual([])
  })

  it('no module both defines the worker protocol and runs the pool', () => {
    const protocol = path.join(root, 'src/cli/scale/protocol.ts')
    const text = readFileSync(protocol, 'utf8')
    expect(text).not.toMatch(/new Worker\(|worker_threads/)
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      const definesProtocol = /export (interface|type) (Job|JobResult)\b/.test(source)
      const runsPool = /new Worker\(/.test(source)
      expect({file: shown(file), both: definesProtocol && runsPool}).toEqual({file: shown(file), both: false})
    }
  })

  it('the rule kit, config and pipeline do not depend on the CLI or the server', () => {
    const lower = ['src/rule-kit', 'src/config', 'src/pipeline', 'src/analysis', 'src/parse'].map(
      (folder) => path.join(root, folder) + path.sep
    )
    const upper = ['src/cli', 'src/server'].map((folder) => path.join(root, folder) + path.sep)
    const offending: string[] = []
    for (const [file, targets] of graph) {
      if (!lower.some((folder) => file.startsWith(folder))) continue
      for (const target of targets)
        if (upper.some((folder) => target.startsWith(folder))) offending.push(`${shown(file)} → ${shown(target)}`)
    }
    expect(offending).toEqual([])
  })
})
