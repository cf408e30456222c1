import { useState } from 'react';

/** The whole screen of a bench reference page: a heading and a button that can be pressed. */
export function Bare({ heading }: { heading: string }) {
  const [pressed, setPressed] = useState(false);
  return (
    <main>
      <h1>{heading}</h1>
      <button type="button" aria-pressed={pressed} onClick={() => setPressed(!pressed)}>
        Start
      </button>
    </main>
  );
}
