import { PageTitle } from '../components/states';

/** What a missing page, or a ticket that is missing or someone else's, shows. */
export function NotFoundPage({ what = 'This page' }: { what?: string }) {
  return (
    <section>
      <PageTitle>Not found</PageTitle>
      <p>{what} was not found. Check the address, or find your tickets in Support Cases.</p>
      <p>
        <a href="/tickets">Go to Support Cases</a>
      </p>
    </section>
  );
}
