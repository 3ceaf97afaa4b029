/**
 * For the bundle only (scripts/bundle.ts points unified-engine's `yaml` here):
 * the YAML parser loads when a `.retextrc.yml` is read. unified-engine calls
 * `yaml.parse` only as the return value of an async loader, which takes the
 * promise given here as it took the value (and a parse error as a rejection).
 */
export default {
  async parse(text: string): Promise<unknown> {
    return (await import('yaml')).default.parse(text)
  }
}
