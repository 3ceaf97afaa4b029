/** Every generator: each file in eval/generators/ is one (its default export), found at run time. */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Generator} from './generator.js'

export async function loadGenerators(): Promise<Generator[]> {
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generators')
  const files = readdirSync(folder).filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
  const generators: Generator[] = []
  for (const file of files.sort()) {
    const module = (await import(pathToFileURL(path.join(folder, file)).href)) as {default?: Generator}
    const generator = module.default
    if (!generator || typeof generator.rule !== 'string' || !Array.isArray(generator.patterns)) {
      throw new Error(`eval/generators/${file}: the default export is not a generator ({rule, patterns})`)
    }
    const ids = new Set<string>()
    for (const pattern of generator.patterns) {
      if (ids.has(pattern.id)) throw new Error(`eval/generators/${file}: pattern id ${pattern.id} is used twice`)
      ids.add(pattern.id)
    }
    generators.push(generator)
  }
  return generators.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.rule.localeCompare(b.rule))
}
