/**
 * The pipeline inside unified-engine, for the entry points that use the
 * engine (the CLI, the language server): the engine finds the drafts, their
 * configuration files and ignore files, reads and reports; each draft is then
 * linted by `lintDraft` (draft.ts), in one plugin, `draftStep`, that carries
 * the draft's resolved configuration.
 */
import path from 'node:path'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {resolveConfig, type DraftConfig, type OtherPlugin} from '../config/config.js'
import {configFiles} from '../config/discovery.js'
import {lintDraft, type DraftOptions} from './draft.js'
import {loadNamedPlugin} from './load-plugin.js'
import {copydeskCompile} from './formats.js'
import '../types.js'

/** How each draft is linted: here, or elsewhere (a worker pool) with the same result. */
export type DraftLinter = (file: VFile, config: DraftConfig, options: DraftOptions) => Promise<unknown>

export interface EngineStep {
  options: DraftOptions
  /** Default: `lintDraft` in this thread. */
  lint?: DraftLinter
  /** Plugins given on the command line (`--use`), after the configured ones. */
  extraPlugins?: OtherPlugin[]
}

interface StepOptions extends EngineStep {
  config: DraftConfig
}

/** The engine's own parse and compile do nothing: the draft step reads, parses and lints. */
function engineProcessor() {
  return unified()
    .use(function (this: {parser?: unknown}) {
      this.parser = (): Root => ({type: 'RootNode', children: []})
    })
    .use(copydeskCompile)
}

function draftStep(step: StepOptions) {
  return async function (_tree: Root, file: VFile): Promise<void> {
    // The engine makes every file of a slice before it lints the first, so by
    // now this one's `data` sits in V8's old generation. With the draft's
    // analysis hung on an old object, far more of each draft's short-lived
    // garbage survives young collections (a one-off `--trace-gc-nvp`
    // measurement, in docs/performance.md): the draft gets a young `data`,
    // with the same entries.
    file.data = {...file.data}
    await (step.lint ?? lintDraft)(file, step.config, step.options)
  }
}

/**
 * Engine options for copydesk: the processor, configuration discovery
 * (`.retextrc*`, `retextConfig`, `.retextignore`), and the draft step. Give
 * the working folder, so configuration errors name files as the user sees them.
 */
export function draftEngineOptions(step: EngineStep, cwd: string) {
  const options: DraftOptions = {loadPlugin: loadNamedPlugin, ...step.options}
  const withStep = (config: DraftConfig) => {
    const full = step.extraPlugins?.length ? {...config, plugins: config.plugins.concat(step.extraPlugins)} : config
    return {plugins: [[draftStep, {...step, options, config: full} satisfies StepOptions]], settings: {}}
  }
  return {
    ...configFiles,
    processor: engineProcessor() as never,
    configTransform: ((raw: unknown, filePath: string) =>
      withStep(resolveConfig(raw, shownPath(filePath, cwd), path.dirname(filePath)))) as never,
    defaultConfig: withStep(resolveConfig({}, 'the built-in preset', cwd)) as never,
    plugins: [] as never
  } satisfies Partial<EngineOptions>
}

function shownPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath
}
