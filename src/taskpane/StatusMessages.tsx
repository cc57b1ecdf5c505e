import { Button } from "@fluentui/react-components";
import { hostErrorText } from "../host/hostMessages";
import type { Notice, PaneError } from "./scoringState";
import { StatusBanner } from "./StatusBanner";
import type { Strings } from "./strings";
import { useStrings } from "./stringsContext";

/** A pane error; its `host` code and args are worded here in the pane's language (else `message` is shown). */
export type ShownError = PaneError;

export interface StatusMessagesProps {
  error: ShownError | null;
  notice: Notice | null;
  onRescan(): void;
  onDismissError(): void;
  onDismissNotice(): void;
}

function noticeText(s: Strings, notice: Notice): string {
  switch (notice.kind) {
    case "written":
      return notice.unchecked > 0 ? s.written(notice.cells) + s.uncheckedLeft(notice.unchecked) : s.written(notice.cells);
    case "nothing-to-write":
      return s.nothingToWrite;
    case "undone":
      return s.undone;
    case "restored":
      return [notice.findings > 0 ? s.restored(notice.findings) : "", notice.unmatched > 0 ? s.notRestored(notice.unmatched) : ""]
        .filter(Boolean)
        .join(" ");
    case "draft-restored":
      return s.draftRestored(notice.ticks);
  }
}

/** A notice that also asks for a look: logged entries that no longer match, or a fill made with items unchecked. */
function noticeWarns(notice: Notice): boolean {
  return (notice.kind === "restored" && notice.unmatched > 0) || (notice.kind === "written" && notice.unchecked > 0);
}

export function errorText(s: Strings, error: ShownError): string {
  const message = error.host ? hostErrorText(error.host, s.language) : error.message;
  switch (error.after?.kind) {
    case "written-reread-failed":
      return s.writtenRereadFailed(error.after.cells) + (message ? s.rereadCause(message) : "");
    case "partly-written":
      return `${message ?? s.errorTitle} ${s.partlyWritten}`;
    default:
      return message ?? s.unexpected;
  }
}

/** Errors and notices; the pane shows them in its sticky top bar, so they are in view wherever the list is scrolled. */
export function StatusMessages({ error, notice, onRescan, onDismissError, onDismissNotice }: StatusMessagesProps) {
  const s = useStrings();
  return (
    <>
      {error && (
        <StatusBanner
          intent={error.after?.kind === "written-reread-failed" ? "warning" : "error"}
          role="alert"
          title={s.errorTitle}
          actions={
            <>
              <Button size="small" onClick={onRescan}>
                {s.rescan}
              </Button>
              <Button size="small" appearance="subtle" onClick={onDismissError}>
                {s.dismiss}
              </Button>
            </>
          }
        >
          {errorText(s, error)}
        </StatusBanner>
      )}
      {notice && (
        <StatusBanner
          intent={noticeWarns(notice) ? "warning" : "success"}
          role="status"
          actions={
            <Button size="small" appearance="subtle" onClick={onDismissNotice}>
              {s.dismiss}
            </Button>
          }
        >
          {noticeText(s, notice)}
        </StatusBanner>
      )}
    </>
  );
}
