/**
 * How unified-engine finds and reads copydesk configuration: `.retextrc*`
 * files and `retextConfig` in package.json near each draft, turned into
 * plugins by `resolveConfig`, the recommended preset when there is none,
 * and `.retextignore` files. The same options as the CLI passes, for the
 * other entry points that run the engine (the language server).
 */
import type {Options as EngineOptions} from 'unified-engine'
import {resolveConfig} from './config.js'

export const configDiscovery = {
  rcName: '.retextrc',
  packageField: 'retextConfig',
  ignoreName: '.retextignore',
  configTransform: (raw: unknown, filePath: string) => resolveConfig(raw, filePath) as never,
  defaultConfig: resolveConfig({}, 'the built-in preset') as never
} satisfies Partial<EngineOptions>
