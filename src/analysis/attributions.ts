/** The attributions layer now lives in `attribution/`, split by concern; this path stays for existing imports. */
export * from './attribution/index.js'
