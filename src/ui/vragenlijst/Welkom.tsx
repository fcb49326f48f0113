import type { Mode } from '../../domain/scoring';
import { LANGUAGES } from '../../i18n';
import { useT } from '../i18n';
import { StepHeading } from '../StepHeading';

export interface WelkomProps {
  /** The chosen language; its texts may still be loading. */
  locale: string;
  onLocale: (code: string) => void;
  onStart: () => void;
  resumed: boolean;
  /** The mode chosen so far (quick until the patient picks another): the time said matches it. */
  mode: Mode;
}

/** Step 1: the language, named in its own language, and two lines on what this is. */
export function Welkom({ locale, onLocale, onStart, resumed, mode }: WelkomProps) {
  const t = useT();
  return (
    <section class="step" aria-labelledby="welkom-title">
      <StepHeading id="welkom-title">{t('patient.welcome.title')}</StepHeading>
      <p class="lead">
        {t('patient.welcome.lead')}{' '}
        {t(
          mode === 'detailed'
            ? 'patient.welcome.durationDetailed'
            : 'patient.welcome.durationQuick',
        )}
      </p>
      <p>{t('patient.welcome.privacy')}</p>
      {resumed && <p class="notice">{t('patient.welcome.resumed')}</p>}
      <fieldset class="choices">
        {/* Each language in its own name says what this list is, to every reader; heard, not shown. */}
        <legend class="visually-hidden">{t('patient.welcome.language')}</legend>
        {LANGUAGES.map((language) => (
          <label class="choice" key={language.code} lang={language.code} dir={language.dir}>
            <input
              type="radio"
              name="language"
              value={language.code}
              checked={locale === language.code}
              onChange={() => onLocale(language.code)}
            />
            <span>{language.name}</span>
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart}>
          {t('patient.welcome.start')}
        </button>
      </div>
    </section>
  );
}
