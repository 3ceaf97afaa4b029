/**
 * Bundles the CLI (dist/copydesk.js) and its `--jobs` worker
 * (dist/copydesk-worker.js) with esbuild. Run by `npm run build`.
 *
 * Code splitting: what a run needs only sometimes (the engine and rules
 * after `--help`, the Markdown and HTML parsers, each report format) is a
 * dynamic import in the source, so esbuild puts it in a chunk of its own
 * (dist/chunk-*.js) that loads only when it is used; the CLI and the worker
 * share the chunks of the pipeline. Chunks sit beside the entries, so a path
 * such as `./english-words.txt` means the same from any of them. The chunks
 * of an earlier build are removed first, so the package ships only this one's.
 *
 * unified-engine imports load-plugin and yaml at its top, though it calls them
 * only for some configurations and only in async code: the bundle gives it
 * the shims in src/bundle/, which load each on first use. vfile-reporter's
 * string-width, which builds costly tables as it loads, gets a shim that
 * loads it only for a string that is not printable ASCII. What only a rare
 * path needs (franc-min for a sentence in another language; unified-engine's
 * glob, concat-stream for standard input and parse-json for a JSON config) is
 * written apart as dist/<name>.cjs, which its shim requires on first use. The
 * data files go in as JSON text without their provenance fields (below).
 *
 * `--metafile <path>` also writes esbuild's account of what went where;
 * `--no-minify` keeps names, for a readable CPU profile.
 */
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {build, type Plugin} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dist = path.join(root, 'dist')
const {values} = parseArgs({options: {metafile: {type: 'string'}, 'no-minify': {type: 'boolean', default: false}}})

for (const name of readdirSync(dist)) if (/^chunk-\w+\.js$/.test(name)) rmSync(path.join(dist, name))

// Bundled CommonJS dependencies call `require` and read `__filename`: give every output file both.
const banner = [
  "import {createRequire as __copydeskRequire} from 'node:module';",
  "import {fileURLToPath as __copydeskPath} from 'node:url';",
  'const require = __copydeskRequire(import.meta.url);',
  'const __filename = __copydeskPath(import.meta.url);'
].join(' ')

const inPackage = (importer: string, name: string): boolean => importer.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`)

/**
 * unified-engine's `load-plugin`, `yaml`, `glob`, `concat-stream` and `parse-json`, vfile-reporter's
 * `string-width` and the language pass's `franc-min` resolve to the shims in src/bundle/ (each shim
 * named after its package); the shims' own imports to the packages (string-width: the copy
 * vfile-reporter itself resolves to).
 */
const lazyDependencies: Plugin = {
  name: 'lazy-dependencies',
  setup(build) {
    build.onResolve({filter: /^(load-plugin|yaml|glob|concat-stream|parse-json)$/}, (args) =>
      inPackage(args.importer, 'unified-engine') ? {path: path.join(root, 'src/bundle', `${args.path}.ts`)} : undefined
    )
    build.onResolve({filter: /^string-width$/}, (args) =>
      inPackage(args.importer, 'vfile-reporter') ? {path: path.join(root, 'src/bundle/string-width.ts')} : undefined
    )
    build.onResolve({filter: /^franc-min$/}, (args) =>
      args.importer === path.join(root, 'src/analysis/languages.ts') ? {path: path.join(root, 'src/bundle/franc-min.ts')} : undefined
    )
    // Written apart by the builds below, and required at run time from beside the chunks.
    build.onResolve({filter: /^\.\/[\w-]+\.cjs$/}, (args) => ({path: args.path, external: true}))
    build.onResolve({filter: /^copydesk:string-width$/}, (args) =>
      build.resolve('string-width', {kind: args.kind, resolveDir: path.join(root, 'node_modules/vfile-reporter')})
    )
  }
}

/**
 * The word lists in data/ go into the bundle as JSON text handed to `JSON.parse`, not as JavaScript
 * object literals (V8 parses JSON text faster than it compiles the same objects as code), and
 * without their provenance: `_doc`, `origin` and `styleOrigin` are for the people who keep the
 * lists (and the data tests), no code reads them, and they were two thirds of the lists' bytes,
 * which were half the pipeline chunk that every run compiles. The test that lints every rule's
 * fixtures with the bundle and with the sources (test/cli-robustness.test.ts) guards both.
 */
const provenance = new Set(['_doc', 'origin', 'styleOrigin'])
const dataAsJsonText: Plugin = {
  name: 'data-as-json-text',
  setup(build) {
    build.onLoad({filter: /\.json$/}, (args) => {
      if (path.dirname(args.path) !== path.join(root, 'data')) return undefined
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')), (key, value) => (provenance.has(key) ? undefined : value))
      return {contents: `export default JSON.parse(${JSON.stringify(text)})`, loader: 'js'}
    })
  }
}

const result = await build({
  absWorkingDir: root,
  entryPoints: {copydesk: 'src/cli/cli.ts', 'copydesk-worker': 'src/cli/scale/worker.ts'},
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  external: ['piscina'],
  minify: !values['no-minify'],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: dist,
  logLevel: 'warning',
  banner: {js: banner},
  plugins: [lazyDependencies, dataAsJsonText],
  metafile: values.metafile !== undefined
})
if (values.metafile !== undefined) writeFileSync(values.metafile, JSON.stringify(result.metafile))

/**
 * What the shims in src/bundle/ require on first use, each written apart as CommonJS (so that the
 * shim can load it synchronously), resolved from the package that imports it.
 */
const writtenApart: Record<string, string> = {
  'franc-min': 'src/analysis',
  glob: 'node_modules/unified-engine',
  'concat-stream': 'node_modules/unified-engine',
  'parse-json': 'node_modules/unified-engine'
}
for (const [name, from] of Object.entries(writtenApart)) {
  await build({
    absWorkingDir: root,
    stdin: {contents: `module.exports = require(${JSON.stringify(name)})`, resolveDir: path.join(root, from), loader: 'js'},
    bundle: true,
    minify: !values['no-minify'],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(dist, `${name}.cjs`),
    logLevel: 'warning'
  })
}
