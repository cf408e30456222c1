import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { useFocusHeading } from '../components/use-focus-heading';
import { findSummary } from '../content';
import { hasLearningSystem } from '../integrations/lms/detect';
import { HomeScreen } from '../features/catalogue/home-screen';
// On the first page: a link straight to a vignette opens on its content warning, in the first render.
import { PlayerScreen } from '../features/player/player-screen';
import { useProgressStore } from '../stores/progress-store';
import { ChunkBoundary } from './chunk-boundary';
import {
  AssignmentRoutes,
  CertificateScreen,
  DebriefScreen,
  HelpScreen,
  InfoPageScreen,
  IntroductionScreen,
  ProgressScreen,
  ReviewScreen,
  SectorScreen,
  SignalsScreen,
  TrainerScreen,
  CountersignPanel,
  VerifyScreen,
} from './lazy-screens';
import type { Route } from './routes';
import { navigate } from './use-route';

// The information pages differ only in their screen: one case renders them all.
const PAGES = { help: HelpScreen, introduction: IntroductionScreen, signals: SignalsScreen };

/** Renders the screen of a route; composition only, the screens live in features/. */
export function RouteView({ route, isFirstRender }: { route: Route; isFirstRender: boolean }) {
  const restart = useProgressStore((s) => s.restart);
  const focus = !isFirstRender;
  switch (route.name) {
    case 'home':
      return <HomeScreen focusOnMount={focus} inLearningSystem={hasLearningSystem()} />;
    case 'sector':
      return (
        <ChunkBoundary>
          <SectorScreen sector={route.sector} focusOnMount={focus} />
        </ChunkBoundary>
      );
    case 'help':
    case 'introduction':
    case 'signals': {
      const Page = PAGES[route.name];
      return (
        <ChunkBoundary>
          <Page focusOnMount={focus} />
        </ChunkBoundary>
      );
    }
    case 'page':
      return (
        <ChunkBoundary>
          <InfoPageScreen key={route.page} id={route.page} focusOnMount={focus} />
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
            certificateHref={paths.certificate(route.scenario)}
            onReplay={() => {
              restart(route.scenario);
              navigate(paths.play(route.scenario));
            }}
          />
        </ChunkBoundary>
      );
    }
    case 'review': {
      if (!findSummary(route.scenario)) return <NotFound />;
      return (
        <ChunkBoundary>
          <ReviewScreen debriefHref={paths.debrief(route.scenario)} />
        </ChunkBoundary>
      );
    }
    case 'progress':
      return (
        <ChunkBoundary>
          <ProgressScreen
            focusOnMount={focus}
            onErased={() => {
              navigate(paths.home());
              window.location.reload();
            }}
          />
        </ChunkBoundary>
      );
    case 'assignment':
      return (
        <ChunkBoundary>
          <AssignmentRoutes view={route.view} focusOnMount={focus} />
        </ChunkBoundary>
      );
    case 'trainer':
      return (
        <ChunkBoundary>
          <TrainerScreen
            view={route.view}
            focusOnMount={focus}
            renderCertificate={(result) => (
              <ChunkBoundary>
                <CountersignPanel {...result} />
              </ChunkBoundary>
            )}
          />
        </ChunkBoundary>
      );
    case 'certificates':
      return (
        <ChunkBoundary>
          <CertificateScreen
            focusOnMount={focus}
            catalogueHref={paths.home()}
            {...(route.scenario ? { preselect: route.scenario } : {})}
          />
        </ChunkBoundary>
      );
    case 'verify':
      return (
        <ChunkBoundary>
          <VerifyScreen
            key={route.code ?? ''}
            focusOnMount={focus}
            {...(route.code ? { code: route.code } : {})}
            onCheckCode={(code) => navigate(paths.verify(code))}
          />
        </ChunkBoundary>
      );
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
