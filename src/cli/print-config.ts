/**
 * `--print-config <file>`: the configuration copydesk would use for a draft,
 * found as a lint finds it (the nearest `.retextrc*` or `retextConfig`,
 * `--rc-path`, `--no-config`), with the preset's rules filled in:
 *
 *   {"file": "drafts/a.md", "configFile": ".retextrc.json", "preset": "recommended",
 *    "rules": {"boilerplate": "warn", …}, "plugins": [], "settings": {}}
 */
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {engine, type Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import {resolveConfig, type CopydeskConfig} from '../config/config.js'
import {presets} from '../config/presets.js'
import {createBaseProcessor} from '../pipeline/processor.js'
import {flattenFailure} from '../reporters/failures.js'

export function printConfig(options: EngineOptions, filePath: string): Promise<string> {
  const cwd = String(options.cwd ?? process.cwd())
  let found: {raw: CopydeskConfig; from: string} | undefined
  // The file need not exist: its path alone decides which configuration applies.
  const file = new VFile({cwd, path: path.resolve(cwd, filePath), value: 'Draft.'})
  return new Promise((resolve, reject) => {
    engine(
      {
        ...options,
        // Only the configuration is wanted: a plain processor, no rules run.
        processor: createBaseProcessor(),
        files: [file],
        plugins: [],
        silentlyIgnore: true,
        configTransform: (raw: unknown, from: string) => {
          found = {raw: raw as CopydeskConfig, from}
          return resolveConfig(raw, from) as never
        },
        reporter: (() => '') as never,
        streamOut: new PassThrough(),
        streamError: new PassThrough()
      },
      (error) => {
        if (error) return reject(error)
        const failure = file.messages.find((message) => message.fatal === true)
        if (failure) {
          // One line, as the report would say it: the innermost reasons, no stack.
          flattenFailure(failure)
          return reject(new Error(failure.reason))
        }
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
        resolve(JSON.stringify(printed, null, 2) + '\n')
      }
    )
  })
}
