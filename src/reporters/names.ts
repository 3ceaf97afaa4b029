/** The `--report` formats, by name: a module of its own so `--help` and argument checks load no reporter. */
export const reporterNames = ['pretty', 'json', 'sarif', 'github', 'quickfix'] as const

export type ReporterName = (typeof reporterNames)[number]

export function isReporterName(name: string): name is ReporterName {
  return (reporterNames as readonly string[]).includes(name)
}
