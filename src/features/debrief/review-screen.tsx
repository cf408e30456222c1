import { useEffect } from 'react';
import { Loading } from '../../components/loading';

/**
 * The review of the story lives in the debrief now; old links to the review land there, without
 * leaving the review in the tab's history.
 */
export function ReviewScreen({ debriefHref }: { debriefHref: string }) {
  useEffect(() => {
    window.location.replace(debriefHref);
  }, [debriefHref]);
  return <Loading />;
}
