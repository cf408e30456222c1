import { Component, Suspense, type ReactNode } from 'react';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';

type State = { failed: boolean; attempt: number };

/** Loading state while a lazy screen arrives, and a retry when its chunk cannot be fetched. */
export class ChunkBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return <LoadError onRetry={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))} />;
    }
    return (
      <Suspense key={this.state.attempt} fallback={<Loading />}>
        {this.props.children}
      </Suspense>
    );
  }
}
