import { useEffect, useState } from 'preact/hooks';
import { encodeConsultcode } from '../../domain/consultcode';
import type { QrHandover } from '../../domain/preparation';
import { type I18n, languageOf, switchLocale } from '../../i18n';
import { useI18n } from '../i18n';
import { ConsultCode } from './ConsultCode';
import { QrCode } from './QrCode';
import type { QrPath } from './qrgenerator';
import { loadQrGenerator } from './qrloader';

export interface PhoneViewProps {
  i18n: I18n;
  payload: string;
  handover: QrHandover;
}

/**
 * The patient's own phone, opened from the phone link: the code and the QR, nothing else of the
 * flow. It stores nothing; the link itself (kept in the address bar) is what brings it back.
 */
export function PhoneView({ i18n, payload, handover }: PhoneViewProps) {
  const { t, lang } = useI18n();
  const locale = handover.detail.locale;
  useEffect(() => {
    if (locale !== lang) void switchLocale(i18n, locale);
  }, [locale, lang, i18n]);
  const [qr, setQr] = useState<QrPath | 'failed' | null>(null);
  useEffect(() => {
    void loadQrGenerator()
      .then(({ qrPath }) => qrPath(payload))
      .then(setQr, () => setQr('failed'));
  }, [payload]);
  const { dir } = languageOf(lang);
  return (
    <section class="app phone" lang={lang} dir={dir} aria-labelledby="phone-title">
      <h2 id="phone-title">{t('patient.phone.title')}</h2>
      <p class="lead">{t('patient.phone.lead')}</p>
      <ConsultCode code={encodeConsultcode(handover)} />
      {qr === 'failed' ? (
        <p class="notice">{t('patient.done.qrError')}</p>
      ) : qr ? (
        <QrCode path={qr} label={t('patient.done.qrLabel')} />
      ) : (
        <p class="loading">{t('common.loading')}</p>
      )}
      <p>{t('patient.phone.kept')}</p>
    </section>
  );
}
