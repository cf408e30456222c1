import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { useFocusHeading } from '../components/use-focus-heading';
import { findSummary } from '../content';
import { HomeScreen } from '../features/catalogue/home-screen';
import { SectorScreen } from '../features/catalogue/sector-screen';
import { useProgressStore } from '../stores/progress-store';
import { ChunkBoundary } from './chunk-boundary';
import { DebriefScreen, HelpScreen, IntroductionScreen, PlayerScreen, SignalsScreen } from './lazy-screens';
import type { Route } from './routes';
import { navigate } from './use-route';

/** Renders the screen of a route; composition only, the screens live in features/. */
export function RouteView({ route, isFirstRender }: { route: Route; isFirstRender: boolean }) {
  const restart = useProgressStore((s) => s.restart);
  const focus = !isFirstRender;
  switch (route.name) {
    case 'home':
      return <HomeScreen focusOnMount={focus} />;
    case 'sector':
      return <SectorScreen sector={route.sector} focusOnMount={focus} />;
    case 'help':
      return (
        <ChunkBoundary>
          <HelpScreen focusOnMount={focus} />
        </ChunkBoundary>
      );
    case 'introduction':
      return (
        <ChunkBoundary>
          <IntroductionScreen focusOnMount={focus} />
        </ChunkBoundary>
      );
    case 'signals':
      return (
        <ChunkBoundary>
          <SignalsScreen focusOnMount={focus} />
        </ChunkBoundary>
      );
    case 'play': {
      const summary = findSummary(route.scenario);
      if (!summary) return <NotFound />;
      return (
        <ChunkBoundary>
          <PlayerScreen
            key={route.scenario}
            scenarioId={route.scenario}
            backHref={paths.sector(summary.sector)}
            onComplete={() => navigate(paths.debrief(route.scenario))}
          />
        </ChunkBoundary>
      );
    }
    case 'debrief': {
      const summary = findSummary(route.scenario);
      if (!summary) return <NotFound />;
      return (
        <ChunkBoundary>
          <DebriefScreen
            scenarioId={route.scenario}
            playHref={paths.play(route.scenario)}
            backHref={paths.sector(summary.sector)}
            onReplay={() => {
              restart(route.scenario);
              navigate(paths.play(route.scenario));
            }}
          />
        </ChunkBoundary>
      );
    }
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  const heading = useFocusHeading<HTMLHeadingElement>('not-found');
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1}>
        {t('status.notFoundHeading')}
      </h1>
      <p>{t('status.notFoundBody')}</p>
      <p>
        <a href={paths.home()}>{t('status.toHome')}</a>
      </p>
    </section>
  );
}
