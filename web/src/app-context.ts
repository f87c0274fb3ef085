import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api/client';
import type { Session } from './auth/session';
import type { AppConfig } from './config';

/** What every page of the signed-in portal works with. */
export interface Portal {
  readonly config: AppConfig;
  readonly session: Session;
  readonly api: Api;
}

export const PortalContext = createContext<Portal | undefined>(undefined);

/**
 * The signed-in portal of the page being shown.
 * @throws Error when used outside the signed-in part of the app (a programming error).
 */
export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal is used outside the signed-in portal');
  return portal;
}
