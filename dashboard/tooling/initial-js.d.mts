/** The start page's initial scripts (entry + modulepreloads) with their gzip size in kB. */
export function initialScripts(distDir: string): { script: string; kb: number }[];
