/**
 * For the bundle only (scripts/bundle.ts points unified-engine's `parse-json`
 * here): parse-json and the code-frame printer it brings (@babel/code-frame)
 * are written apart as dist/parse-json.cjs and load when a JSON configuration
 * (`.retextrc.json`, a `package.json` field) is read.
 */
type ParseJson = (text: string, ...rest: unknown[]) => unknown

declare const require: (id: string) => {default: ParseJson}

export default function parseJson(text: string, ...rest: unknown[]): unknown {
  return require('./parse-json.cjs').default(text, ...rest)
}
