import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import nlPlayer from '../../../content/locales/nl/player.json';
import { useAssignmentStore } from '../../../src/stores/assignment-store';
import { useProgressStore } from '../../../src/stores/progress-store';
import { makeAssignment, signAssignment } from '../../support/assignments';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const nl = scenario.text.nl;
const [first, second] = scenario.scenes;
if (!first || !second) throw new Error('the vignette needs two scenes');
const signals = first.fragments.filter((f) => f.kind === 'signal');
const signal = signals[0]!;
const missed = signals.filter((f) => f.id !== signal.id);
const distractor = first.fragments.find((f) => f.kind === 'distractor')!;
const neutral = first.neutrals[0]!;
const neutralText = nl.scenes[first.id]?.body.flat().find((s) => s.kind === 'neutral' && s.unit === neutral)?.text ?? '';
const heading = nlPlayer.feedback.heading.replace('{{scene}}', nl.scenes[first.id]?.heading ?? '');

async function markFirstScene(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: fragmentText(scenario, signal.id) }));
  await user.click(screen.getByRole('button', { name: fragmentText(scenario, distractor.id) }));
  await user.click(screen.getByRole('button', { name: neutralText }));
  await user.click(screen.getByRole('button', { name: 'Verder' }));
}

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('practice: feedback after each scene, in the scene’s own text', { timeout: 60_000 }, () => {
  it('a self-paced learner chooses practice (the default) and sees what they caught, missed and wrongly marked', async () => {
    const user = userEvent.setup();
    renderApp(`#/play/${scenario.id}`);
    expect(await screen.findByRole('radio', { name: /^Oefenen/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Toets.*certificaat/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: /start de casus/i }));
    await markFirstScene(user);

    const title = await screen.findByRole('heading', { level: 2, name: heading });
    expect(title).toHaveFocus();
    const region = screen.getByRole('region', { name: heading });
    expect(within(region).getByText(`In deze scène zag je 1 van de ${signals.length} signalen; 2 keer markeerde je iets dat op zichzelf geen signaal is.`)).toBeInTheDocument();
    // Caught, missed and wrongly marked are marked in the story, their explanations open.
    const mark = (text: string) => within(region).getAllByText((_, el) => el?.tagName === 'MARK' && (el.textContent ?? '').startsWith(text))[0]!;
    expect(mark(fragmentText(scenario, signal.id))).toHaveClass('mark-hit');
    for (const f of missed) expect(mark(fragmentText(scenario, f.id))).toHaveClass('mark-miss');
    expect(mark(fragmentText(scenario, distractor.id))).toHaveClass('mark-false-alarm');
    expect(mark(neutralText)).toHaveClass('mark-background');
    for (const f of [signal, ...missed, distractor]) {
      const explain = within(region).getByRole('button', { name: `Uitleg bij “${fragmentText(scenario, f.id)}”` });
      expect(explain).toHaveAttribute('aria-expanded', 'true');
      expect(document.getElementById(explain.getAttribute('aria-controls')!)).toHaveTextContent(nl.fragments[f.id] ?? '');
    }
    // Marked background is said briefly, on demand.
    const background = within(region).getByRole('button', { name: `Uitleg bij “${neutralText}”` });
    expect(background).toHaveAttribute('aria-expanded', 'false');
    await user.click(background);
    expect(document.getElementById(background.getAttribute('aria-controls')!)).toHaveTextContent('Achtergrond');

    await user.click(within(region).getByRole('button', { name: nlPlayer.feedback.continue }));
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[second.id]?.heading })).toHaveFocus();
    const run = useProgressStore.getState().inProgress[scenario.id];
    expect(run).toMatchObject({ mode: 'practice', contentVersion: scenario.version });
    expect(run?.seed).toBeGreaterThan(0);
  });

  it('an assignment fixes the mode: practice says so and shows the feedback', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: [scenario.id], feedback: 'scene' }));
    useAssignmentStore.setState({ active: null, entries: {} });
    useAssignmentStore.getState().open(signed.code, signed);
    const user = userEvent.setup();
    renderApp(`#/assignment/play/${scenario.id}`);
    expect(await screen.findByText(nlPlayer.mode.fixed.practice)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /start de casus/i }));
    await markFirstScene(user);
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toHaveFocus();
  });

  it('an assessment shows nothing between scenes', async () => {
    const signed = await signAssignment(makeAssignment({ scenarios: [scenario.id], feedback: 'end' }));
    useAssignmentStore.setState({ active: null, entries: {} });
    useAssignmentStore.getState().open(signed.code, signed);
    const user = userEvent.setup();
    renderApp(`#/assignment/play/${scenario.id}`);
    expect(await screen.findByText(nlPlayer.mode.fixed.assessment)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /start de casus/i }));
    await markFirstScene(user);
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[second.id]?.heading })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: heading })).not.toBeInTheDocument();
    expect(useProgressStore.getState().inProgress[scenario.id]?.mode).toBe('assessment');
  });
});
