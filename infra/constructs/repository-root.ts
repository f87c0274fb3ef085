import { fileURLToPath } from 'node:url';

/** The repository root: entry files and ASL files in the system description are relative to it. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
