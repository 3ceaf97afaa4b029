/**
 * `--no-config-code`: lint untrusted folders (archives, CMS exports) without
 * running code they bring. unified-engine imports `.retextrc.js`, `.cjs`,
 * `.mjs` and every plugin a configuration names; with this mode a module
 * loader hook refuses to load any file outside copydesk's own installation,
 * so JSON and YAML configuration still applies and code never runs. The
 * draft whose configuration was refused fails in one line.
 */
import {existsSync} from 'node:fs'
import {register} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const refusal =
  'copydesk runs no code from configuration with --no-config-code: use a .retextrc.json or .retextrc.yml, without plugins'

/** The folder copydesk is installed in (its package.json), as a file URL ending in `/`. */
function installation(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return pathToFileURL(folder + path.sep).href
}

export function forbidConfigCode(): void {
  const hooks = `
const allowed = ${JSON.stringify(installation())}
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && !url.startsWith(allowed)) throw new Error(${JSON.stringify(refusal)})
  return nextLoad(url, context)
}
`
  register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url)
}
