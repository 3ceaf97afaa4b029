/** Facts about the package that several modules need, read from package.json in one place. */
import packageJson from '../package.json' with {type: 'json'}

export const packageName: string = packageJson.name
export const version: string = packageJson.version
export const homepage: string = packageJson.homepage
/** Every rule's documentation page is this base plus `<rule-id>/README.md`. */
export const docsBaseUrl: string = packageJson.copydesk.docsBaseUrl

export function ruleUrl(ruleId: string): string {
  return docsBaseUrl + ruleId + '/README.md'
}
