/**
 * Editor settings for the server, read over `workspace/configuration`
 * (section `copydesk`) when the client supports it, else the defaults:
 *
 *   "copydesk": {"enable": true, "debounce": 200}
 *
 * - `enable`: false leaves every draft without diagnostics (per folder, for
 *   clients that answer per scope).
 * - `debounce`: milliseconds to wait after the last keystroke before linting
 *   again (0 lints on every change). Opening a draft lints it at once.
 *
 * Rules and presets are not editor settings: they live in `.retextrc.json`,
 * so the editor, the CLI and CI agree.
 */
export interface ServerSettings {
  enable: boolean
  debounce: number
}

export const defaultSettings: ServerSettings = {enable: true, debounce: 200}

/** Settings from whatever the client answered (null, partial, or wrong types fall back to defaults). */
export function readSettings(value: unknown): ServerSettings {
  const given = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  const debounce =
    typeof given.debounce === 'number' && Number.isFinite(given.debounce) && given.debounce >= 0 ? given.debounce : defaultSettings.debounce
  return {enable: typeof given.enable === 'boolean' ? given.enable : defaultSettings.enable, debounce: Math.min(debounce, 10000)}
}
