import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import nlAssignment from '../../../content/locales/nl/assignment.json';
import { useAssignmentStore } from '../../../src/stores/assignment-store';
import { makeAssignment, signAssignment } from '../../support/assignments';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const nl = scenario.text.nl;
const [first, second] = scenario.scenes;
if (!first || !second) throw new Error('the vignette needs two scenes');
const signal = first.fragments.find((f) => f.kind === 'signal');
const missed = first.fragments.filter((f) => f.kind === 'signal' && f.id !== signal?.id);
const distractor = first.fragments.find((f) => f.kind === 'distractor');

async function startAssigned(feedback: 'scene' | 'end') {
  const signed = await signAssignment(makeAssignment({ scenarios: [scenario.id], feedback }));
  useAssignmentStore.setState({ active: null, entries: {} });
  useAssignmentStore.getState().open(signed.code, signed);
  const user = userEvent.setup();
  renderApp(`#/assignment/play/${scenario.id}`);
  await user.click(await screen.findByRole('button', { name: /start de casus/i }));
  if (signal) await user.click(screen.getByRole('button', { name: fragmentText(scenario, signal.id) }));
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  return user;
}

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('feedback after each scene (assignments that ask for it)', { timeout: 60_000 }, () => {
  it('shows, after a scene, which of its fragments were signals and why, then goes on', async () => {
    const user = await startAssigned('scene');
    const heading = await screen.findByRole('heading', { level: 2, name: nlAssignment.sceneFeedback.heading.replace('{{scene}}', nl.scenes[first.id]?.heading ?? '') });
    expect(heading).toHaveFocus();
    const region = screen.getByRole('region', { name: heading.textContent ?? '' });
    const item = (id: string) => within(region).getAllByRole('listitem').find((li) => li.textContent?.includes(fragmentText(scenario, id as never)));
    expect(item(signal!.id)).toHaveTextContent(nlAssignment.sceneFeedback.signalMarked);
    expect(item(signal!.id)).toHaveTextContent(nl.fragments[signal!.id] ?? '');
    for (const f of missed) expect(item(f.id)).toHaveTextContent(nlAssignment.sceneFeedback.signalMissed);
    if (distractor) expect(item(distractor.id)).toHaveTextContent(nlAssignment.sceneFeedback.distractorLeft);
    await user.click(within(region).getByRole('button', { name: nlAssignment.sceneFeedback.continue }));
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[second.id]?.heading })).toHaveFocus();
  });

  it('shows nothing between scenes when feedback comes only at the end', async () => {
    await startAssigned('end');
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[second.id]?.heading })).toBeInTheDocument();
    expect(screen.queryByText(nlAssignment.sceneFeedback.continue)).not.toBeInTheDocument();
  });
});
