import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { Loading, PageTitle, Problem } from '../components/states';
import { useLoad } from '../components/use-load';

type Preferences = Schemas['Preferences']['preferences'];

/** The email preferences page that every email's footer links to. */
export function PreferencesPage() {
  const { api } = usePortal();
  const [loaded, reload, replace] = useLoad(() => answer(api.GET('/v1/me/preferences')), []);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  if (loaded.state === 'loading') return <Loading what="your email preferences" />;
  if (loaded.state === 'failed') return <Problem message={loaded.error.message} retry={reload} />;
  const preferences = loaded.value.preferences;
  const save = async (next: Preferences) => {
    setSaving(true);
    setOutcome(undefined);
    try {
      replace(await answer(api.PUT('/v1/me/preferences', { body: next })));
      setOutcome({ ok: true, text: 'Your email preferences are saved.' });
    } catch (failure) {
      setOutcome({ ok: false, text: failure instanceof ApiError ? failure.message : 'Something went wrong. Try again.' });
    } finally {
      setSaving(false);
    }
  };
  const toggle = (field: keyof Preferences) => (event: Event) => void save({ ...preferences, [field]: (event.currentTarget as HTMLInputElement).checked });
  return (
    <section>
      <PageTitle>Email preferences</PageTitle>
      <fieldset class="preferences" disabled={saving}>
        <legend>Email me when</legend>
        <label class="check">
          <input type="checkbox" checked={preferences.emailOnStatusChange} onChange={toggle('emailOnStatusChange')} /> a new ticket of mine is received, or one of my tickets changes status
        </label>
        <label class="check">
          <input type="checkbox" checked={preferences.emailOnReply} onChange={toggle('emailOnReply')} /> support replies to one of my tickets
        </label>
      </fieldset>
      {outcome && (
        <p class={outcome.ok ? 'notice' : 'problem'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
