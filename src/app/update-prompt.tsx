import { useEffect, useState, type ComponentType, type ComponentProps } from 'react';
import { useServiceWorkerStatus } from './service-worker-status';
import type { UpdatePromptBody } from './update-prompt-body';

type Body = ComponentType<ComponentProps<typeof UpdatePromptBody>>;

/**
 * Offers a new version once it is downloaded and waiting. Nothing switches until the learner
 * chooses to: the reload that follows keeps progress, which is saved after every step.
 */
export function UpdatePrompt() {
  const { update } = useServiceWorkerStatus();
  const [later, setLater] = useState(false);
  const [Body, setBody] = useState<Body>();
  const offer = update.status === 'none' || later ? undefined : update;
  const shown = offer !== undefined;
  // The offer's words and buttons are fetched only when there is a version to offer; the network
  // just delivered that version, and a failed fetch leaves the page as it was.
  useEffect(() => {
    if (shown && !Body)
      import('./update-prompt-body').then(
        (module) => setBody(() => module.UpdatePromptBody),
        () => undefined,
      );
  }, [shown, Body]);
  return (
    // The live region stays in the page, so a screen reader announces the prompt when it appears.
    <div aria-live="polite">{offer && Body && <Body update={offer} onLater={() => setLater(true)} />}</div>
  );
}
