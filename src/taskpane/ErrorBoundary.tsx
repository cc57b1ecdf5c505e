import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { StatusBanner } from "./StatusBanner";
import { StringsContext } from "./stringsContext";
import type { Strings } from "./strings";

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped on retry so the children mount afresh. */
  attempt: number;
}

/** Shows a message instead of a blank pane when rendering fails, with a retry. */
export class ErrorBoundary extends Component<Props, State> {
  static override contextType = StringsContext;
  declare context: Strings;
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const s = this.context;
    if (this.state.failed) {
      return (
        <StatusBanner intent="error" role="alert" title={s.boundaryTitle} actions={<Button onClick={this.retry}>{s.retry}</Button>}>
          {s.boundaryBody}
        </StatusBanner>
      );
    }
    return (
      <div key={this.state.attempt} style={{ display: "contents" }}>
        {this.props.children}
      </div>
    );
  }
}
