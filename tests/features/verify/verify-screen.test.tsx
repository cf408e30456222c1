import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { encodeCertificate } from '../../../src/records/certificate.codec';
import { writeCertificateFile } from '../../../src/records/certificate.file';
import { buildOpenBadge } from '../../../src/records/certificate.open-badge';
import type { Certificate } from '../../../src/records/certificate.schema';
import type { Locale } from '../../../src/engine';
import { buildCertificate } from '../../../src/features/certificate/build-certificate';
import { countersign, signBadge } from '../../../src/features/certificate/countersign';
import { VerifyScreen } from '../../../src/features/verify/verify-screen';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { getOrCreateTrainerKey, memoryKeyStore } from '../../../src/integrations/signing';
import { certifiedVignettes } from '../../support/certificates';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');

function certificate(learner = 'Şükrü Öztürk'): Certificate {
  return buildCertificate({ learner, locale: 'nl', passMark: 70, vignettes: certifiedVignettes([hotel]), issued: '2025-11-27' });
}

function renderScreen(code?: string, locale: Locale = 'nl') {
  const onCheckCode = vi.fn();
  render(
    <I18nextProvider i18n={setupI18n(locale)}>
      <VerifyScreen focusOnMount={false} {...(code ? { code } : {})} onCheckCode={onCheckCode} />
    </I18nextProvider>,
  );
  return onCheckCode;
}

// Loads vignettes, a font and WebCrypto: room for a busy machine.
describe('the verify page', { timeout: 30_000 }, () => {
  it('confirms a certificate opened from its QR link, with the scores recomputed', async () => {
    const { code, number } = await encodeCertificate(certificate(), scenarioCodes);
    renderScreen(code);
    expect(await screen.findByRole('heading', { level: 2, name: 'Het certificaat klopt' })).toBeInTheDocument();
    expect(screen.getByText('Şükrü Öztürk')).toBeInTheDocument();
    expect(screen.getByText(number)).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Scores per casus' })).getByRole('row', { name: new RegExp(hotel.text.nl.title) });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['100%', '100%', 'Klopt']);
    expect(screen.getByText(/Niemand heeft dit certificaat ondertekend/)).toBeInTheDocument();
  });

  it('tells a certificate whose stated score does not follow from its answers apart, in English', async () => {
    const original = certificate();
    const { code } = await encodeCertificate({ ...original, attempts: original.attempts.map((a) => ({ ...a, stated: 85 })) }, scenarioCodes);
    renderScreen(code, 'en');
    expect(await screen.findByRole('heading', { level: 2, name: 'The scores are not right' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: new RegExp(hotel.text.en.title) });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['85%', '100%', 'Not correct']);
  });

  it('says a code changed after it was made is not genuine', async () => {
    const { code } = await encodeCertificate(certificate(), scenarioCodes);
    renderScreen(`${code.slice(0, 10)}${code[10] === 'x' ? 'y' : 'x'}${code.slice(11)}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Deze code is veranderd' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens the link of a pasted verify link or a chosen data file, and explains input it cannot use', async () => {
    const { code, number } = await encodeCertificate(certificate(), scenarioCodes);
    const onCheckCode = renderScreen();
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Code of link van het certificaat' });
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(screen.getByText('Vul de code of de link van het certificaat in.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.type(field, 'niet goed!');
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(screen.getByText(/Dit is geen certificaatcode/)).toBeInTheDocument();
    // The number printed on the certificate, typed from paper: explained, not called altered.
    await user.clear(field);
    await user.type(field, number.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(screen.getByText(/Dit is het certificaatnummer\. Daarmee alleen kan Signaal niets controleren/)).toBeInTheDocument();
    expect(onCheckCode).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, `https://signaal.example.org/#/verify/${code}`);
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(onCheckCode).toHaveBeenLastCalledWith(code);
    const file = new File([writeCertificateFile({ number, code, verify: `https://x/#/verify/${code}` })], 'c.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Of kies het gegevensbestand/), file);
    expect(onCheckCode).toHaveBeenCalledTimes(2);
    await user.upload(screen.getByLabelText(/Of kies het gegevensbestand/), new File(['{"a":1}'], 'x.json', { type: 'application/json' }));
    expect(await screen.findByText('In dit bestand staat geen certificaat van Signaal.')).toBeInTheDocument();
  });

  it('checks a dropped Open Badges credential: the trainer signature, fingerprint and badge proof', async () => {
    const key = await getOrCreateTrainerKey(memoryKeyStore());
    const signed = await countersign(
      { ...certificate('Zoë van den Berg'), assignment: { title: 'Hotel Noord', trainer: 'Łukasz Wójcik', organisation: 'Hotelschool' } },
      key,
    );
    const { code, number } = await encodeCertificate(signed, scenarioCodes);
    const badge = await signBadge(
      await buildOpenBadge({
        certificate: signed,
        number,
        verifyUrl: `https://x/#/verify/${code}`,
        titles: [hotel.text.nl.title],
        text: { issuer: 'Łukasz Wójcik, Hotelschool', description: 'd', criteria: 'c', evidence: 'e' },
      }),
      key,
    );
    const onCheckCode = renderScreen();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText(/Of kies het gegevensbestand/), new File([JSON.stringify(badge)], 'b.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Het certificaat klopt' })).toBeInTheDocument();
    expect(onCheckCode).not.toHaveBeenCalled();
    expect(screen.getByText('Ondertekend door Łukasz Wójcik, Hotelschool.')).toBeInTheDocument();
    expect(screen.getByText(key.fingerprint)).toBeInTheDocument();
    expect(screen.getByText(/personeelssystemen kunnen lezen\) heeft dezelfde handtekening/)).toBeInTheDocument();
  });
});
