import { InfoPage } from './info-page';

/** What human trafficking is: definition, law, forms, scale and misconceptions, with sources. */
export function IntroductionScreen({ focusOnMount }: { focusOnMount: boolean }) {
  return <InfoPage id="introduction" focusOnMount={focusOnMount} />;
}
