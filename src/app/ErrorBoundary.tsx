import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: whatever fails while rendering, the user gets a sentence and a way on,
 * never a blank page. Texts in both languages, since the language context may be what failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main">
        <section className="card" role="alert">
          <h1>Something went wrong · Noe gikk galt</h1>
          <p>The page could not be shown: {this.state.error.message}</p>
          <p lang="nb">Siden kunne ikke vises. Last inn siden på nytt, eller gå til forsiden.</p>
          <p>
            <a href="/">Go to the start page · Gå til forsiden</a>
          </p>
        </section>
      </main>
    );
  }
}
