import type { LocalEndpoints } from '../../infra/local/config';
import type { testClockSettings } from './test-deployment';

declare module 'vitest' {
  export interface ProvidedContext {
    localCloud: LocalEndpoints;
    /** The clock settings the shared test cloud runs with (TICKETFLOW_CLOCK). */
    testClock: ReturnType<typeof testClockSettings>;
  }
}
