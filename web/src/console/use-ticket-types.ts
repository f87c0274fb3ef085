import { answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { useLoad, type Loaded } from '../components/use-load';

/** Every ticket type with its statuses (code, label, meaning, phase), as GET /v1/ticket-types gives them. */
export function useTicketTypes(): Loaded<Schemas['TicketTypes']> {
  const { api } = usePortal();
  return useLoad(() => answer(api.GET('/v1/ticket-types')), [])[0];
}
