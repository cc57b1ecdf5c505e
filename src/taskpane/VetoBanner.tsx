import { StatusBanner } from "./StatusBanner";
import { useStrings } from "./stringsContext";

/** A ticked 一票否决 clause zeroes the whole sheet: said once at the top, politely (it follows the user's own tick). */
export function VetoBanner() {
  const s = useStrings();
  return (
    <StatusBanner intent="error" role="status" title={s.vetoTitle} data-testid="veto-banner">
      {s.vetoBody}
    </StatusBanner>
  );
}
