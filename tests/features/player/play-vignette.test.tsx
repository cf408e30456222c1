import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const nl = scenario.text.nl;
const decision = scenario.scenes.find((s) => s.type === 'decide');
if (decision?.type !== 'decide') throw new Error('the vignette needs a decision');
const recommended = decision.options.find((o) => o.quality === 'recommended');
const harmful = decision.options.find((o) => o.quality === 'harmful');
if (!recommended || !harmful) throw new Error('the vignette needs a recommended and a harmful option');

async function playTo(decisionOption: string, flagSignals: boolean) {
  const user = userEvent.setup();
  renderApp('#/play/hotel-room-214');
  await user.click(await screen.findByRole('radio', { name: /^Toets/ }));
  await user.click(screen.getByRole('button', { name: /start de casus/i }));
  for (const scene of scenario.scenes) {
    if (scene.id === decision?.id) break;
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[scene.id]?.heading })).toHaveFocus();
    if (flagSignals) {
      for (const fragment of scene.fragments.filter((f) => f.kind === 'signal')) {
        const button = screen.getByRole('button', { name: fragmentText(scenario, fragment.id) });
        await user.click(button);
        expect(button).toHaveAttribute('aria-pressed', 'true');
        expect(screen.getByRole('status', { name: '' })).toHaveTextContent(`Gemarkeerd als signaal: ${fragmentText(scenario, fragment.id)}`);
      }
    }
    await user.click(screen.getByRole('button', { name: 'Verder' }));
  }
  const group = await screen.findByRole('group', { name: nl.scenes[decision!.id]?.question });
  await user.click(screen.getByRole('button', { name: 'Bevestig mijn keuze' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Kies eerst een van de mogelijkheden.');
  await user.click(within(group).getByRole('radio', { name: nl.scenes[decision!.id]?.options?.[decisionOption as never]?.label }));
  await user.click(screen.getByRole('button', { name: 'Bevestig mijn keuze' }));
  return user;
}

describe('playing the hotel vignette', () => {
  it('a learner flags every signal, takes the recommended option and passes', async () => {
    const user = await playTo(recommended.id, true);
    const consequence = recommended.target === 'end' ? undefined : nl.scenes[recommended.target];
    expect(await screen.findByRole('heading', { level: 2, name: consequence?.heading })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${nl.title}` })).toBeInTheDocument();
    expect(screen.getByText('Totaalscore: 100%')).toBeInTheDocument();
    expect(screen.getByText(/^Geslaagd/)).toBeInTheDocument();
    const path = useProgressStore.getState().completed['hotel-room-214']?.[0]?.path ?? [];
    const signals = scenario.scenes.filter((s) => path.includes(s.id)).flatMap((s) => s.fragments).filter((f) => f.kind === 'signal');
    expect(screen.getByText(`Je zag ${signals.length} van de ${signals.length} signalen, en je markeerde niets wat op zichzelf geen signaal is.`)).toBeInTheDocument();
    const takeaways = screen.getByRole('region', { name: 'Om te onthouden' });
    expect(within(takeaways).getByText('Je zag alle signalen, zonder iets ten onrechte te markeren.')).toBeInTheDocument();
    expect(within(takeaways).getByText(/\(aanbevolen\)/)).toBeInTheDocument();
    const routes = screen.getByRole('region', { name: 'Waar kun je terecht?' });
    expect(within(routes).getByRole('link', { name: '0900-8844' })).toHaveAttribute('href', 'tel:09008844');
    expect(screen.getByText('Wat een professional hier doet')).toBeInTheDocument();
    expect(useProgressStore.getState().completed['hotel-room-214']).toHaveLength(1);
  });

  it('a learner who flags nothing and confronts the man does not pass and sees the harm called out', async () => {
    const user = await playTo(harmful.id, false);
    const consequence = harmful.target === 'end' ? undefined : nl.scenes[harmful.target];
    expect(await screen.findByRole('heading', { level: 2, name: consequence?.heading })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${nl.title}` });
    expect(screen.getByText(/^Nog niet geslaagd/)).toBeInTheDocument();
    expect(screen.getByText('Let op: deze keuze kan de persoon in gevaar brengen.')).toBeInTheDocument();
    const missed = scenario.scenes.flatMap((s) => s.fragments).filter((f) => f.kind === 'signal');
    expect(screen.getByText(`Je zag 0 van de ${missed.length} signalen, en je markeerde niets wat op zichzelf geen signaal is.`)).toBeInTheDocument();
    // The first two missed signals are takeaways; every explanation is in the annotated story, with its sources.
    const takeaways = within(screen.getByRole('region', { name: 'Om te onthouden' })).getAllByRole('listitem');
    expect(takeaways).toHaveLength(3);
    expect(takeaways[0]).toHaveTextContent(`“${fragmentText(scenario, missed[0]!.id)}” is een signaal`);
    for (const fragment of missed) {
      const explain = screen.getByRole('button', { name: `Uitleg bij “${fragmentText(scenario, fragment.id)}”` });
      expect(explain).toHaveAttribute('aria-expanded', 'false');
      // Each scene of the story is closed at first; its summary opens it.
      const scene = explain.closest('details');
      if (scene && !scene.open) await user.click(scene.querySelector('summary')!);
      await user.click(explain);
      const note = document.getElementById(explain.getAttribute('aria-controls') ?? '');
      expect(note).toBeVisible();
      expect(note).toHaveTextContent(nl.fragments[fragment.id] ?? '');
      expect(note).toHaveTextContent(/^Gemist signaal: .+ Bronnen?:/);
    }
  });
});
