import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "./stringsContext";

export function VetoBanner() {
  const s = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="veto-banner">
      <MessageBarBody>
        <MessageBarTitle>{s.vetoTitle}</MessageBarTitle>
        {s.vetoBody}
      </MessageBarBody>
    </MessageBar>
  );
}
