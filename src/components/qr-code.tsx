import { useEffect, useState } from 'react';
import type { QrSvg } from '../integrations/qr';
import { Loading } from './loading';

type Props = {
  text: string;
  /** What the code is, for screen readers (the text itself is useless read aloud). */
  label: string;
  /** Shown when the text does not fit in a QR code or the encoder could not be loaded. */
  errorText: string;
  className?: string;
};

type State = { text: string; qr?: QrSvg; failed?: boolean };

/**
 * A QR code as inline SVG. The encoder is a lazy chunk, fetched the first time a code is shown;
 * black on white with a quiet zone, so it scans from a screen and from paper.
 */
export function QrCode({ text, label, errorText, className }: Props) {
  const [state, setState] = useState<State>({ text });
  useEffect(() => {
    let live = true;
    import('../integrations/qr').then(
      ({ qrSvgPath }) => {
        try {
          const qr = qrSvgPath(text);
          if (live) setState({ text, qr });
        } catch {
          if (live) setState({ text, failed: true });
        }
      },
      () => live && setState({ text, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (state.text !== text || (!state.qr && !state.failed)) return <Loading />;
  if (!state.qr) {
    return (
      <p className="notice notice-error" role="alert">
        {errorText}
      </p>
    );
  }
  return (
    <svg
      className={className ?? 'qr-code'}
      role="img"
      aria-label={label}
      viewBox={state.qr.viewBox}
      shapeRendering="crispEdges"
      data-modules={state.qr.modules}
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path fill="#000" d={state.qr.path} />
    </svg>
  );
}
