/* global Excel */
import type { CellValue, WritePlan } from "../core";
import { HostError } from "../host/scoringHost";
import type { CellSelection, ScanResult, ScoringHost, WriteReceipt } from "../host/scoringHost";
import { DEFAULT_CHUNK_BYTES } from "./chunking";
import { toHostError } from "./errors";
import type { Lang } from "./errors";
import { supportsMergedAreas, supportsSelectionEvents } from "./featureDetect";
import { displayLanguage } from "./officeInfo";
import { withCells } from "./readGrid";
import { DEFAULT_READ_BYTES } from "./reads";
import { scanWorkbook } from "./scan";
import { SettingsDrafts } from "./settingsDrafts";
import { watchExcelSelection } from "./selection";
import { LazyExcelWorkbook } from "./lazyWorkbook";
import { loadWritePath } from "./loadWritePath";
import type { SeenLog } from "./write";

export interface ExcelHostOptions {
  /** Language of the messages in HostErrors; Office's display language unless given. */
  lang?: Lang;
  /** Estimated request size above which writes are split into several syncs. */
  chunkBytes?: number;
  /** Estimated response size of each band when a read is too large for one sync (Excel on the web: 5 MB). */
  readBytes?: number;
}

/** The scoring host over the open Excel workbook. Every call is one Excel.run; failures reject with HostError. */
export class ExcelHost implements ScoringHost {
  readonly kind = "excel";
  readonly drafts = new SettingsDrafts();
  /** The whole workbook, for the units view (unit sheets, 汇总, 失分分析, 反馈单): ExcelWorkbook, loaded on first use. */
  readonly workbook: LazyExcelWorkbook;
  private readonly lang: Lang;
  private readonly chunkBytes: number;
  private readonly readBytes: number;
  /** Content of each scanned sheet as last seen (scan or our own write), to detect edits made in between. */
  private readonly seen = new Map<string, CellValue[][]>();
  /** The 扣分明细 sheet as last seen (scan, our write or undo), to refuse a write over hand edits made since. */
  private seenLog: SeenLog = null;
  /** Worksheet.id of each sheet read, by the name it had then: a sheet renamed since is followed by its id. */
  private readonly ids = new Map<string, string>();
  /** Absent below ExcelApi 1.9 (Excel 2019 and older), which has selection events per sheet only: not followed. */
  readonly watchSelection?: (onSelect: (selection: CellSelection) => void) => Promise<() => void>;

  constructor(options: ExcelHostOptions = {}) {
    this.lang = options.lang ?? displayLanguage();
    this.workbook = new LazyExcelWorkbook(this.lang);
    this.chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    this.readBytes = options.readBytes ?? DEFAULT_READ_BYTES;
    if (supportsSelectionEvents()) this.watchSelection = (onSelect) => this.run("", (context) => watchExcelSelection(context, onSelect));
  }

  scan(sheet?: string): Promise<ScanResult> {
    return this.run(sheet ?? "", async (context) => {
      const options = {
        sheet,
        sheetId: sheet === undefined ? undefined : this.ids.get(sheet),
        mergedAreas: supportsMergedAreas(),
        lang: this.lang,
        readBytes: this.readBytes,
      };
      const { result, content, id } = await scanWorkbook(context, options);
      this.seen.set(result.grid.name, content);
      if (id) this.ids.set(result.grid.name, id);
      else this.ids.delete(result.grid.name);
      this.seenLog = result.log;
      // Fetch the fill's code while the assessor ticks; a failed fetch is left to the fill, which tries again.
      loadWritePath().catch(() => undefined);
      return result;
    });
  }

  write(plan: WritePlan): Promise<WriteReceipt> {
    return this.run(plan.sheet, async (context) => {
      const { writePlan } = await loadWritePath();
      const options = { lang: this.lang, chunkBytes: this.chunkBytes, readBytes: this.readBytes };
      try {
        const { receipt, content, log } = await writePlan(
          context,
          plan,
          this.seen.get(plan.sheet),
          options,
          this.seenLog,
          this.ids.get(plan.sheet),
        );
        this.seen.set(plan.sheet, content);
        this.seenLog = log;
        return receipt;
      } catch (error) {
        // Written part way: what the sheet holds is no longer known; the next write needs a new scan (or an undo).
        if (error instanceof HostError && error.receipt) this.seen.delete(plan.sheet);
        throw error;
      }
    });
  }

  undo(receipt: WriteReceipt): Promise<void> {
    return this.run(receipt.sheet, async (context) => {
      const { undoWrite } = await loadWritePath();
      const options = { lang: this.lang, chunkBytes: this.chunkBytes, readBytes: this.readBytes };
      await undoWrite(context, receipt, options, this.ids.get(receipt.sheet));
      const content = this.seen.get(receipt.sheet);
      if (content) this.seen.set(receipt.sheet, withCells(content, receipt.previous));
      this.seenLog = receipt.previousLog;
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run(sheet, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  // The one place Office errors are caught: each becomes a HostError with a message for the user.
  private async run<T>(sheet: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      throw toHostError(error, this.lang, sheet);
    }
  }
}
