import { useState } from 'preact/hooks';
import type { LibraryProblem } from '../../content/cardlibrary';
import { sameOriginUrl } from '../../content/samefetch';
import type { ConsultState } from '../../domain/consult';
import { dutchDate } from '../format';
import { useI18n } from '../i18n';
import type { CardLibrary } from './useCardLibrary';

type T = ReturnType<typeof useI18n>['t'];

const reason = (t: T, problem: LibraryProblem) => t(`consult.library.reason.${problem.reason}`);

/**
 * The practice's keuzekaarten library on the Opties step, below the grid: the newer versions it
 * offers (taken only by the GP's button), the cards it added, how the last read went, and the
 * library's address, set in the page.
 */
export function LibrarySection({ library, state }: { library: CardLibrary; state: ConsultState }) {
  const { t } = useI18n();
  const [taken, setTaken] = useState<string | null>(null);
  const { offers, added } = library;
  const shown = library.url !== null || offers.length > 0 || added.length > 0;
  return (
    <section class="card-library" aria-labelledby={shown ? 'library-title' : undefined}>
      {shown && <h3 id="library-title">{t('consult.library.title')}</h3>}
      {offers.length > 0 && (
        <ul class="library-offers">
          {offers.map(({ card, current }) => {
            const id = `library-offer-${card.id}`;
            const inUse =
              state.keuzekaart?.id === card.id && state.keuzekaart.version !== card.version;
            return (
              <li key={card.id}>
                <p id={id}>
                  <strong>{card.title}</strong>
                  <br />
                  {`${t('consult.library.newer', { version: card.version })}. `}
                  {t('consult.library.have', { version: current })}
                  {inUse && state.keuzekaart
                    ? ` ${t('consult.library.keeps', { version: state.keuzekaart.version })}`
                    : ''}
                </p>
                <button
                  type="button"
                  aria-describedby={id}
                  onClick={async () => {
                    const ok = await library.take(card.id);
                    setTaken(
                      ok
                        ? t('consult.library.taken', { title: card.title, version: card.version })
                        : t('consult.library.takeFailed'),
                    );
                  }}
                >
                  {t('consult.library.take')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {added.length > 0 && (
        <ul class="library-added">
          {added.map((card) => (
            <li key={card.id}>{t('consult.library.added', { title: card.title })}</li>
          ))}
        </ul>
      )}
      <div class="field-hint" role="status">
        {taken && <p>{taken}</p>}
        <LibraryStatusLine library={library} />
      </div>
      {library.refused.length > 0 && (
        <ul class="field-error library-refused">
          {library.refused.map((problem) => (
            <li key={problem.kind === 'card' ? problem.id : 'index'}>
              {problem.kind === 'card' &&
                t('consult.library.refused', { file: problem.file, reason: reason(t, problem) })}
            </li>
          ))}
        </ul>
      )}
      <LibrarySettingsForm library={library} />
    </section>
  );
}

function LibraryStatusLine({ library }: { library: CardLibrary }) {
  const { t } = useI18n();
  if (library.status === 'reading') return <p>{t('consult.library.reading')}</p>;
  if (library.status === 'failed' && library.problem) {
    return <p>{t('consult.library.failed', { reason: reason(t, library.problem) })}</p>;
  }
  if (library.status === 'read' && library.lastRead !== null) {
    return <p>{t('consult.library.read', { time: dutchDate.longWithTime(library.lastRead) })}</p>;
  }
  return null;
}

/** The library's address, set in the page: it wins over the element's attribute. */
function LibrarySettingsForm({ library }: { library: CardLibrary }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <details class="library-settings">
      <summary>{t('consult.library.settings')}</summary>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('library-url') as HTMLInputElement;
          const value = input.value.trim();
          setSaved(null);
          if (value !== '' && !sameOriginUrl(value, location.href).ok) {
            setError(t('consult.library.otherOrigin', { origin: location.origin }));
            return;
          }
          setError(null);
          const ok = await library.setUrl(value === '' ? null : value);
          setSaved(ok ? t('consult.library.saved') : t('consult.library.saveFailed'));
        }}
      >
        <label class="field-label" for="library-url">
          {t('consult.library.url')}
        </label>
        <div class="inline">
          <input
            id="library-url"
            name="library-url"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            maxLength={2000}
            defaultValue={library.stored ?? ''}
            key={library.stored ?? ''}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'library-url-error library-url-hint' : 'library-url-hint'}
          />
          <button type="submit">{t('consult.library.save')}</button>
          {library.url !== null && (
            <button type="button" onClick={() => library.refresh()}>
              {t('consult.library.refresh')}
            </button>
          )}
        </div>
        {error && (
          <p id="library-url-error" class="field-error" role="alert">
            {error}
          </p>
        )}
        <p id="library-url-hint" class="field-hint">
          {library.attribute
            ? t('consult.library.hintAttribute', { url: library.attribute })
            : t('consult.library.hintNone')}
        </p>
        <p class="field-hint" role="status">
          {saved}
        </p>
      </form>
    </details>
  );
}
