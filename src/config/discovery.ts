/**
 * Where unified-engine finds copydesk configuration: `.retextrc*` files and
 * `retextConfig` in package.json near each draft, and `.retextignore` files.
 * The same for every entry point that runs the engine (see
 * src/pipeline/engine.ts, which turns what is found into the draft step).
 */
export const configFiles = {
  rcName: '.retextrc',
  packageField: 'retextConfig',
  ignoreName: '.retextignore'
} as const
