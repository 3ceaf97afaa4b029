/**
 * For the bundle only (scripts/bundle.ts points unified-engine's `glob` here):
 * glob and what it brings (minimatch, path-scurry, lru-cache, minipass) are
 * written apart as dist/glob.cjs and load on the first pattern that may be a
 * glob. unified-engine asks `hasMagic` about every path it is given; a path
 * with none of the characters a glob needs (`*`, `?`, `[`, `(`; braces, which
 * glob does not count by default, are sent on too) is answered here.
 */
type HasMagic = (pattern: string | string[], options?: object) => boolean
type Glob = (pattern: string | string[], options?: object) => Promise<string[]>

declare const require: (id: string) => {hasMagic: HasMagic; glob: Glob}

let real: {hasMagic: HasMagic; glob: Glob} | undefined

function load(): {hasMagic: HasMagic; glob: Glob} {
  real ??= require('./glob.cjs')
  return real
}

const maybeMagic = /[*?[\](){}]/

export function hasMagic(pattern: string | string[], options?: object): boolean {
  const patterns = typeof pattern === 'string' ? [pattern] : pattern
  if (!patterns.some((each) => maybeMagic.test(each))) return false
  return load().hasMagic(pattern, options)
}

export function glob(pattern: string | string[], options?: object): Promise<string[]> {
  return load().glob(pattern, options)
}
