import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../content/locales/en/assignment.json';
import nl from '../../../content/locales/nl/assignment.json';
import { openAssignment } from '../../../src/features/assignment/open-assignment';
import { useAssignmentStore } from '../../../src/stores/assignment-store';
import { useProgressStore } from '../../../src/stores/progress-store';
import { makeAssignment, signAssignment } from '../../support/assignments';
import { renderApp } from '../../support/render-app';

const messages = { nl: nl.open.error, en: en.open.error };

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('opening an assignment link', { timeout: 60_000 }, () => {
  it('any bad link gives a reason with a message in both languages, and nothing is stored', async () => {
    useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
    const good = await signAssignment(makeAssignment());
    const before = JSON.stringify(localStorage);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.integer({ min: 0, max: good.code.length - 1 }).map((n) => good.code.slice(0, n)),
          fc.integer({ min: 0, max: good.code.length - 1 }).map((n) => `${good.code.slice(0, n)}${good.code[n] === 'A' ? 'B' : 'A'}${good.code.slice(n + 1)}`),
          fc.nat(20_000).map((n) => 'Q'.repeat(n + 3001)),
        ),
        async (code) => {
          const opened = await openAssignment(code);
          if (opened.ok) {
            expect(opened.signed.payload).toBe(good.payload);
            return;
          }
          expect(messages.nl[opened.error]).toBeTruthy();
          expect(messages.en[opened.error]).toBeTruthy();
        },
      ),
      { numRuns: 150 },
    );
    expect(JSON.stringify(localStorage)).toBe(before);
  });

  it('shows an edited link as altered, in Dutch, and leaves progress and assignments untouched', async () => {
    const good = await signAssignment(makeAssignment({ passMark: 80 }));
    const { encodeAssignmentCode } = await import('../../../src/records');
    const edited = await encodeAssignmentCode({ ...good, payload: good.payload.replace('"p":80', '"p":10') });
    useAssignmentStore.setState({ active: null, entries: {} });
    renderApp(`#/assignment/${edited}`);
    expect(await screen.findByRole('heading', { level: 1, name: nl.open.refusedHeading })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(nl.open.error.altered);
    expect(useAssignmentStore.getState().entries).toEqual({});
    expect(useProgressStore.getState().completed).toEqual({});
  });

  it('opens a signed link: who, what, pass mark and the fingerprint, and starts in its language', async () => {
    const good = await signAssignment(makeAssignment({ title: 'Room 214 practice', trainer: 'Anna', organisation: 'Hotel', passMark: 80, locale: 'en' }));
    useAssignmentStore.setState({ active: null, entries: {} });
    renderApp(`#/assignment/${good.code}`, 'nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Room 214 practice' })).toBeInTheDocument();
    expect(screen.getByText('Anna, Hotel')).toBeInTheDocument();
    expect(screen.getByText('80% on average across the cases')).toBeInTheDocument();
    expect(await screen.findByText(/With the trainer’s digital signature, check code/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Start: / })).toHaveAttribute('href', '#/assignment/play/hotel-room-214');
    expect(useAssignmentStore.getState().active).toBe(good.signature);
  });
});
