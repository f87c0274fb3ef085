import type { LocalEndpoints } from '../../infra/local/config';

declare module 'vitest' {
  export interface ProvidedContext {
    localCloud: LocalEndpoints;
  }
}
