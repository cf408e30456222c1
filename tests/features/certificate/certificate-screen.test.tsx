import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeCertificate } from '../../../src/records/certificate.codec';
import { assignmentPayload, type Assignment } from '../../../src/records';
import { asScenarioId } from '../../../src/engine';
import { CertificateScreen } from '../../../src/features/certificate/certificate-screen';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { useAssignmentStore } from '../../../src/stores/assignment-store';
import { useProgressStore } from '../../../src/stores/progress-store';
import { playedAttempt } from '../../support/certificates';
import { certificateAttempts } from '../../../src/features/certificate/counts-toward-certificate';
import { server } from '../../support/msw-server';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');
const font = readFileSync(resolve('src/integrations/pdf/font/noto-sans-certificate.ttf.zlib'));

function renderScreen(preselect?: string) {
  render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <CertificateScreen focusOnMount={false} catalogueHref="#/" {...(preselect ? { preselect: asScenarioId(preselect) } : {})} />
    </I18nextProvider>,
  );
}

/** Captures what would be saved as a download: the blob handed to URL.createObjectURL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

// Loads vignettes, a font and WebCrypto: room for a busy machine.
describe('my certificates', { timeout: 30_000 }, () => {
  beforeEach(() => {
    useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
    useAssignmentStore.setState({ active: null, entries: {} });
  });

  it('says how to earn a certificate when no vignette was completed yet', async () => {
    renderScreen();
    expect(await screen.findByRole('heading', { name: 'Nog geen certificaat' })).toBeInTheDocument();
    expect(screen.getByText(/haal je gemiddeld minstens 70%/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de casussen' })).toHaveAttribute('href', '#/');
  });

  it('offers every completed vignette with its latest score, the one from the debrief already chosen', async () => {
    const school = scenarioById('school-bank-card');
    const failed = playedAttempt(school, { quality: 'harmful' });
    useProgressStore.getState().complete(playedAttempt(hotel));
    useProgressStore.getState().complete(playedAttempt(care));
    useProgressStore.getState().complete(failed);
    renderScreen('care-gp-employer');
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: `${care.text.nl.title} (100%)` })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: `${hotel.text.nl.title} (100%)` })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: new RegExp(`^${school.text.nl.title} \\(60%\\)$`) })).not.toBeChecked();
  });

  it('passes a set only under the one pass rule: the mean of the latest attempts reaches the pass mark', async () => {
    // Passed first, then a harmful decision: the latest attempt counts, and 60% is under 70%.
    useProgressStore.getState().complete(playedAttempt(hotel));
    useProgressStore.getState().complete(playedAttempt(hotel, { quality: 'harmful' }));
    renderScreen();
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: `${hotel.text.nl.title} (60%)` });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(screen.getByText('Gemiddelde van je keuze: 60%. Dat is onder de grens van 70%.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Je naam/ }), 'Zoë van den Berg');
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(screen.getByText(/Het gemiddelde van de gekozen casussen \(60%\) ligt onder de grens van 70%/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Je certificaat' })).not.toBeInTheDocument();
  });

  it('refuses an empty name and an empty choice, with the message at the field', async () => {
    useProgressStore.getState().complete(playedAttempt(hotel));
    renderScreen();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(screen.getByText('Kies minstens één casus.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toHaveFocus();
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(screen.getByRole('textbox', { name: 'Je naam, zoals die op het certificaat moet staan' })).toHaveFocus();
    expect(screen.getByText('Vul je naam in.')).toBeInTheDocument();
  });

  it('makes a PDF and a code that carries the name and the recomputed score', async () => {
    server.use(http.get('*/noto-sans-certificate.ttf.zlib', () => HttpResponse.arrayBuffer(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength))));
    const downloads = captureDownloads();
    useProgressStore.getState().complete(playedAttempt(hotel));
    renderScreen();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Je naam/ }), '  Ольга   Петрова ');
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(await screen.findByRole('heading', { name: 'Je certificaat' }, { timeout: 15_000 })).toBeInTheDocument();
    const code = screen.getByText(/^[A-Za-z0-9_-]{40,}$/).textContent ?? '';
    const decoded = await decodeCertificate(code, scenarioCodes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.certificate).toMatchObject({ learner: 'Ольга Петрова', locale: 'nl', passMark: 70, attempts: [{ scenarioId: 'hotel-room-214', stated: 100 }] });
    expect(screen.getByRole('link', { name: 'Dit certificaat controleren' })).toHaveAttribute('href', `#/verify/${code}`);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const pdf = new TextDecoder('latin1').decode(new Uint8Array(await downloads[0]!.arrayBuffer()).subarray(0, 8));
    expect(pdf).toBe('%PDF-1.7');
    expect(screen.getByText(`Je certificaat is gedownload als signaal-ольга-петрова-${decoded.value.number}.pdf.`)).toBeInTheDocument();
  });

  it('names the characters a name cannot be printed with', async () => {
    server.use(http.get('*/noto-sans-certificate.ttf.zlib', () => HttpResponse.arrayBuffer(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength))));
    captureDownloads();
    useProgressStore.getState().complete(playedAttempt(hotel));
    renderScreen();
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: /Je naam/ });
    // Said as the name is typed, before anything is made or fetched.
    await user.type(name, 'Ana 李');
    expect(screen.getByText(/Deze tekens kan het certificaat niet afdrukken: 李\./)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(name).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Je certificaat' })).not.toBeInTheDocument();
  });

  it('tells the learner to retry when the font cannot be fetched', async () => {
    // A fresh PDF module: the font fetched by an earlier test is kept for the whole visit.
    vi.resetModules();
    server.use(http.get('*/noto-sans-certificate.ttf.zlib', () => new HttpResponse(null, { status: 503 })));
    useProgressStore.getState().complete(playedAttempt(hotel));
    renderScreen();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Je naam/ }), 'Zoë van den Berg');
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(await screen.findByText(/Het certificaat kon niet worden gemaakt/)).toBeInTheDocument();
  });

  it('offers a passed assignment, whose certificate names the assignment, its trainer and its pass mark', async () => {
    server.use(http.get('*/noto-sans-certificate.ttf.zlib', () => HttpResponse.arrayBuffer(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength))));
    captureDownloads();
    const assignment: Assignment = {
      id: 'AbCdEfGh',
      title: 'Signalen in de zorg',
      scenarios: [care.id],
      passMark: 80,
      feedback: 'end',
      trainer: 'Łukasz Wójcik',
      organisation: 'Zorggroep Noord',
      locale: 'nl',
    };
    const signed = { assignment, payload: assignmentPayload(assignment, scenarioCodes), publicKey: 'A'.repeat(43), signature: 'B'.repeat(86) };
    useAssignmentStore.setState({
      active: signed.signature,
      entries: { [signed.signature]: { code: 'x', signed, openedAt: '2025-11-27T10:00:00Z', attempts: [playedAttempt(care)] } },
    });
    useProgressStore.getState().complete(playedAttempt(care));
    renderScreen();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Opdracht: Signalen in de zorg (van Łukasz Wójcik)' }));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText(/Het gemiddelde van je laatste pogingen is 100% \(grens 80%\)/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Je naam/ }), 'Zoë van den Berg');
    await user.click(screen.getByRole('button', { name: 'Certificaat downloaden (PDF)' }));
    expect(await screen.findByRole('heading', { name: 'Je certificaat' }, { timeout: 15_000 })).toBeInTheDocument();
    const decoded = await decodeCertificate(screen.getByText(/^[A-Za-z0-9_-]{40,}$/).textContent ?? '', scenarioCodes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.certificate).toMatchObject({
      passMark: 80,
      assignment: { title: 'Signalen in de zorg', trainer: 'Łukasz Wójcik', organisation: 'Zorggroep Noord' },
      attempts: [{ scenarioId: 'care-gp-employer' }],
    });
    expect(decoded.value.certificate.countersignature).toBeUndefined();
  });

  it('offers no certificate for an assignment passed with feedback after each scene, and says why', async () => {
    const assignment: Assignment = { id: 'AbCdEfGh', title: 'Oefenen in de zorg', scenarios: [care.id], passMark: 70, feedback: 'scene', locale: 'nl' };
    const signed = { assignment, payload: assignmentPayload(assignment, scenarioCodes), publicKey: 'A'.repeat(43), signature: 'B'.repeat(86) };
    useAssignmentStore.setState({
      active: signed.signature,
      entries: { [signed.signature]: { code: 'x', signed, openedAt: '2025-11-27T10:00:00Z', attempts: [{ ...playedAttempt(care), mode: 'practice' }] } },
    });
    renderScreen();
    expect(await screen.findByText(/Opdracht „Oefenen in de zorg”: je hebt hem gehaald met uitleg na elke scène/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});

describe('which attempts count towards a certificate', () => {
  it('only attempts played in assessment mode, self-paced or for an assignment', () => {
    const assessed = playedAttempt(care);
    const practised = { ...assessed, mode: 'practice' as const };
    expect(certificateAttempts([practised, assessed, practised])).toEqual([assessed]);
  });
});
