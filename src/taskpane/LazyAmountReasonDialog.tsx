import { lazy, Suspense } from "react";
import type { AmountReasonDialogProps } from "./AmountReasonDialog";
import { loadAmountReasonDialog } from "./loadAmountReasonDialog";

const Dialog = lazy(loadAmountReasonDialog);

/** The 改分 / 直接打分 dialog, fetched the first time one opens. */
export function LazyAmountReasonDialog(props: AmountReasonDialogProps) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
