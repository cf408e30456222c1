import { retryableLazy as lazy } from './chunk-boundary';

// Each heavy screen is its own chunk: the first page carries neither XState nor the taxonomy.
// A chunk that fails to arrive is fetched again when the learner presses "Try again".
export const DebriefScreen = lazy(() => import('../features/debrief/debrief-screen').then((m) => ({ default: m.DebriefScreen })));
export const HelpScreen = lazy(() => import('../features/help/help-screen').then((m) => ({ default: m.HelpScreen })));
export const SectorScreen = lazy(() => import('../features/catalogue/sector-screen').then((m) => ({ default: m.SectorScreen })));
export const IntroductionScreen = lazy(() =>
  import('../features/help/introduction-screen').then((m) => ({ default: m.IntroductionScreen })),
);
export const InfoPageScreen = lazy(() => import('../features/help/info-page').then((m) => ({ default: m.InfoPage })));
export const SignalsScreen = lazy(() => import('../features/help/signals-screen').then((m) => ({ default: m.SignalsScreen })));
export const ReviewScreen = lazy(() => import('../features/debrief/review-screen').then((m) => ({ default: m.ReviewScreen })));
export const ProgressScreen = lazy(() => import('../features/progress/progress-screen').then((m) => ({ default: m.ProgressScreen })));
export const AssignmentRoutes = lazy(() => import('./assignment-routes').then((m) => ({ default: m.AssignmentRoutes })));
export const CertificateScreen = lazy(() =>
  import('../features/certificate/certificate-screen').then((m) => ({ default: m.CertificateScreen })),
);
export const VerifyScreen = lazy(() => import('../features/verify/verify-screen').then((m) => ({ default: m.VerifyScreen })));
export const TrainerScreen = lazy(() => import('../features/trainer/trainer-screen').then((m) => ({ default: m.TrainerScreen })));
export const CountersignPanel = lazy(() =>
  import('../features/certificate/countersign-panel').then((m) => ({ default: m.CountersignPanel })),
);
