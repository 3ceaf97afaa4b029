/**
 * For the bundle only (scripts/bundle.ts points unified-engine's `load-plugin`
 * here): load-plugin and npm's config reader behind it are about a tenth of
 * the engine's code, needed only for a configuration that names a plugin or
 * preset. Both functions are async already, so loading on the first call
 * changes nothing a caller can see.
 */
type LoadPlugin = typeof import('load-plugin')

export async function loadPlugin(...parameters: Parameters<LoadPlugin['loadPlugin']>): Promise<unknown> {
  return (await import('load-plugin')).loadPlugin(...parameters)
}

export async function resolvePlugin(...parameters: Parameters<LoadPlugin['resolvePlugin']>): Promise<string> {
  return (await import('load-plugin')).resolvePlugin(...parameters)
}
