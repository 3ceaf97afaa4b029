/**
 * The playground: a static page running copydesk in the browser.
 * `npm run playground` serves it; `npm run build:playground` writes playground/dist/.
 */
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths: the built folder works from any URL or a file server.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The checker chunk (rules and word lists) is large by nature and loaded after the page is up.
    chunkSizeWarningLimit: 6000
  },
  resolve: {
    // No file system in the browser: the English word list is built from the npm package instead (see the module).
    alias: [{find: /^\.\/english-words-source\.js$/, replacement: fileURLToPath(new URL('./english-words-source.ts', import.meta.url))}]
  },
  server: {host: '127.0.0.1'},
  preview: {host: '127.0.0.1'}
})
