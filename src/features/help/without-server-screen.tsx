import { InfoPage } from './info-page';

/** How Signaal works without a server: where data is, what travels, what the checks prove. */
export function WithoutServerScreen({ focusOnMount }: { focusOnMount: boolean }) {
  return <InfoPage id="without-server" focusOnMount={focusOnMount} />;
}
