/**
 * `--print-config <file>`: the configuration copydesk would use for a draft,
 * found as a lint finds it (the nearest `.retextrc*` or `retextConfig`,
 * `--rc-path`, `--no-config`), with the preset's rules filled in:
 *
 *   {"file": "drafts/a.md", "configFile": ".retextrc.json", "preset": "recommended",
 *    "rules": {"boilerplate": "warn", …}, "plugins": [], "settings": {}}
 */
import path from 'node:path'
import type {Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import {resolveConfig, type CopydeskConfig} from '../config/config.js'
import {presets} from '../config/presets.js'
import {createBaseProcessor} from '../pipeline/processor.js'
import {engineDryRun} from './engine-dry-run.js'

export async function printConfig(options: EngineOptions, filePath: string): Promise<string> {
  const cwd = String(options.cwd ?? process.cwd())
  let found: {raw: CopydeskConfig; from: string} | undefined
  // The file need not exist: its path alone decides which configuration applies.
  const file = new VFile({cwd, path: path.resolve(cwd, filePath), value: 'Draft.'})
  await engineDryRun(file, {
    ...options,
    // Only the configuration is wanted: a plain processor, no rules run.
    processor: createBaseProcessor(),
    plugins: [],
    configTransform: (raw: unknown, from: string) => {
      found = {raw: raw as CopydeskConfig, from}
      return resolveConfig(raw, from) as never
    }
  })
  const raw = found?.raw ?? {}
  const preset = raw.preset ?? 'recommended'
  const printed = {
    file: path.relative(cwd, file.path).split(path.sep).join('/'),
    configFile: found ? path.relative(cwd, found.from).split(path.sep).join('/') : null,
    preset,
    rules: {...presets[preset], ...raw.rules},
    plugins: (Array.isArray(raw.plugins) ? raw.plugins : Object.keys(raw.plugins ?? {})).map((entry) =>
      typeof entry === 'function' ? entry.name || 'plugin' : entry
    ),
    settings: {...raw.settings, ...(options.settings as object)}
  }
  return JSON.stringify(printed, null, 2) + '\n'
}
