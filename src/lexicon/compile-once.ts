/**
 * Tables compiled from the word lists and a rule's options (phrase matchers,
 * pattern sets) are the same for every file with the same options: build each
 * once per process (and per worker), keyed by the options that change it.
 */

/** How many option sets a table keeps: a language server may see a few configurations, not thousands. */
const maxEntries = 16

/**
 * `build` memoised on its arguments (compared as JSON, so equal options from
 * two configuration files share one table). The oldest entry goes past `maxEntries`.
 */
export function compileOnce<Args extends unknown[], Table>(build: (...args: Args) => Table): (...args: Args) => Table {
  const cache = new Map<string, Table>()
  return (...args: Args): Table => {
    const key = JSON.stringify(args)
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const table = build(...args)
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string)
    cache.set(key, table)
    return table
  }
}
