import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../../src/records';
import { readCertificateInput } from '../../../src/records/certificate.file';
import { asScenarioId, type AttemptRecord, type Scenario, type ScenarioId } from '../../../src/engine';
import { CountersignPanel } from '../../../src/features/certificate/countersign-panel';
import { verifyCertificate } from '../../../src/features/verify/verify-certificate';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { contentDependencies, playedAttempt } from '../../support/certificates';
import { server } from '../../support/msw-server';
import { scenarioById } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');
const scenarios = new Map<ScenarioId, Scenario>([
  [hotel.id, hotel],
  [care.id, care],
]);
const font = readFileSync(resolve('src/integrations/pdf/font/noto-sans-certificate.ttf.zlib'));

const assignment: Assignment = {
  id: 'AbCdEfGh',
  title: 'Signalen in hotel en zorg',
  scenarios: [asScenarioId('hotel-room-214'), asScenarioId('care-gp-employer')],
  passMark: 70,
  feedback: 'end',
  trainer: 'Şükrü Öztürk',
  locale: 'nl',
};

function renderPanel(attempts: AttemptRecord[]) {
  render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <CountersignPanel assignment={assignment} learner="Nguyễn Thị Hương" attempts={attempts} scenarios={scenarios} />
    </I18nextProvider>,
  );
}

// Loads vignettes, a font and WebCrypto: room for a busy machine.
describe('a trainer countersigns an imported result', { timeout: 30_000 }, () => {
  it('cannot until the assignment is passed under the one pass rule', () => {
    // 100% and 60%: a mean of 80% passes at 70, so only a harmful latest attempt at both fails.
    renderPanel([playedAttempt(hotel), playedAttempt(care), playedAttempt(hotel, { quality: 'harmful' }), playedAttempt(care, { quality: 'harmful' })]);
    expect(screen.getByText(/Nguyễn Thị Hương heeft deze opdracht nog niet gehaald/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('issues a signed PDF and an Open Badges 3.0 credential that the verify page accepts', async () => {
    server.use(http.get('*/noto-sans-certificate.ttf.zlib', () => HttpResponse.arrayBuffer(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength))));
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPanel([playedAttempt(hotel, { quality: 'harmful' }), playedAttempt(hotel), playedAttempt(care)]);
    const user = userEvent.setup();
    expect(screen.getByRole('textbox', { name: 'Jouw naam op het certificaat' })).toHaveValue('Şükrü Öztürk');
    await user.type(screen.getByRole('textbox', { name: 'Organisatie (mag leeg blijven)' }), 'Zorggroep Noord');
    await user.click(screen.getByRole('button', { name: 'Ondertekend certificaat maken' }));
    expect(await screen.findByText(/Ondertekend en gedownload/, {}, { timeout: 15_000 })).toBeInTheDocument();
    await waitFor(() => expect(files).toHaveLength(2));
    const [pdf, badgeFile] = files;
    expect(pdf?.type).toBe('application/pdf');
    const badge = JSON.parse(await badgeFile!.text()) as Record<string, unknown>;
    expect(badge).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: expect.stringMatching(/^did:key:z6Mk/), type: ['Profile'], name: 'Şükrü Öztürk, Zorggroep Noord' },
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityHash: 'Nguyễn Thị Hương', identityType: 'name', hashed: false }],
        achievement: { type: ['Achievement'], name: 'Signalen in hotel en zorg', criteria: { narrative: expect.any(String) } },
        result: [
          { type: ['Result'], value: '100', status: 'Completed' },
          { type: ['Result'], value: '100', status: 'Completed' },
        ],
      },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', proofPurpose: 'assertionMethod' },
    });
    const input = readCertificateInput(JSON.stringify(badge));
    if (!input.ok) throw new Error(input.error);
    const checked = await verifyCertificate(input.value, contentDependencies);
    expect(checked).toMatchObject({ kind: 'checked', verdict: 'valid', signature: { check: 'valid', badge: 'valid' } });
    const fingerprint = checked.kind === 'checked' ? checked.signature?.fingerprint : undefined;
    expect(screen.getByText(`Vingerafdruk van je sleutel: ${fingerprint}`)).toBeInTheDocument();
  });
});
