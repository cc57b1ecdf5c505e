/* global Excel */
import type { TargetedBlock } from "./chunking";

/**
 * Queues each batch of blocks and syncs once per batch. Below the chunk size there is one batch, so one sync;
 * `first` queues what must precede every block (e.g. reading the cells about to be written) into the first sync,
 * `last` what must follow every block (e.g. deleting a sheet) into the final sync.
 */
export async function syncInBatches(
  context: Excel.RequestContext,
  batches: TargetedBlock[][],
  queue: (block: TargetedBlock) => void,
  last?: () => void,
  first?: () => void,
): Promise<void> {
  for (const [i, batch] of batches.entries()) {
    if (i === 0) first?.();
    batch.forEach(queue);
    if (i === batches.length - 1) last?.();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB batch is the point (Excel on the web's 5 MB request limit)
    await context.sync();
  }
}
