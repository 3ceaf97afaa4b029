/**
 * For the bundle only (scripts/bundle.ts points vfile-reporter's `string-width`
 * here): string-width builds an emoji regular expression and a text segmenter
 * when it loads, a large part of a short run's start when it prints the pretty report.
 * A run of printable ASCII is exactly as wide as it is long, so the real one
 * loads (synchronously: esbuild bundles the `require`) only for the first
 * string that is not.
 */
type StringWidth = (value: string, options?: object) => number

declare const require: (id: string) => {default: StringWidth}

let real: StringWidth | undefined

export default function stringWidth(value: string, options?: object): number {
  if (isPrintableAscii(value)) return value.length
  real ??= require('copydesk:string-width').default
  return real(value, options)
}

function isPrintableAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}
