import { Component, Suspense, isValidElement, lazy, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { paths } from '../components/paths';

/** A screen's code could not be fetched; `retry` makes the next render fetch it again. */
export class ChunkLoadError extends Error {
  constructor(
    readonly retry: () => void,
    options: ErrorOptions,
  ) {
    super('a screen could not be loaded', options);
    this.name = 'ChunkLoadError';
  }
}

/** A lazy screen whose code can be fetched before it is first rendered. */
export type PreloadableScreen<C> = C & {
  /** Fetches the screen's code; once it has arrived the screen renders at once. Never rejects: a failure shows when the screen renders. */
  preload: () => Promise<void>;
};

/**
 * `React.lazy` that can be tried again, and preloaded. React keeps a lazy component's failed
 * import for good, so a failure hands the boundary a fresh lazy component to render when the
 * learner tries again. Once the code has arrived the screen renders it directly: a lazy component
 * suspends on its first render even when its code is there, and React then holds back the screen
 * for up to 300 ms after the loading state it showed.
 */
export function retryableLazy<C extends (props: never) => ReactNode>(load: () => Promise<{ default: C }>): PreloadableScreen<C> {
  let loaded: ComponentType<object> | undefined;
  const arrived = (module: { default: C }) => {
    loaded = module.default as unknown as ComponentType<object>;
    return { default: loaded };
  };
  const create = () =>
    lazy<ComponentType<object>>(() =>
      load().then(arrived, (cause: unknown) => {
        throw new ChunkLoadError(() => {
          current = create();
        }, { cause });
      }),
    );
  let current = create();
  function Screen(props: object) {
    const Current = loaded ?? current;
    return <Current {...props} />;
  }
  // The screen takes exactly the props of the component it loads.
  return Object.assign(Screen as unknown as C, { preload: () => load().then((module) => void arrived(module), () => undefined) });
}

function RenderError() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t('status.renderErrorHeading')}</h2>
      <p>{t('status.renderErrorBody')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('status.reload')}
      </button>{' '}
      <a className="button button-secondary" href={paths.home()}>
        {t('status.toHome')}
      </a>
    </div>
  );
}

type Props = { children: ReactNode };
type Screen = { type: unknown; key: string | null } | undefined;
type State = { error: unknown; attempt: number; screen: Screen };

/** Which screen the boundary shows: another screen starts without the last one's error. */
const screenOf = (children: ReactNode): Screen => (isValidElement(children) ? { type: children.type, key: children.key } : undefined);
const sameScreen = (a: Screen, b: Screen) => a?.type === b?.type && a?.key === b?.key;

/**
 * Loading state while a lazy screen arrives; when its code cannot be fetched, a message and a
 * retry that really fetches it again; when the screen itself fails, a different message: trying
 * the same code again would fail the same way, reloading the page might not.
 */
export class ChunkBoundary extends Component<Props, State> {
  override state: State = { error: undefined, attempt: 0, screen: screenOf(this.props.children) };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const screen = screenOf(props.children);
    return sameScreen(screen, state.screen) ? null : { screen, error: undefined };
  }

  private retry = () => {
    if (this.state.error instanceof ChunkLoadError) this.state.error.retry();
    this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));
  };

  override render() {
    const { error } = this.state;
    if (error instanceof ChunkLoadError) return <LoadError onRetry={this.retry} />;
    if (error !== undefined) return <RenderError />;
    return (
      <Suspense key={this.state.attempt} fallback={<Loading />}>
        {this.props.children}
      </Suspense>
    );
  }
}
