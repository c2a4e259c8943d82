/**
 * The slice of the Office runtime the adapter uses, passed in so tests can hand it the fake host.
 * Feature detection lives here: ExcelApi 1.7 (Excel 2019, 2021, Microsoft 365, the web) is the
 * floor — perpetual Excel 2016 has only 1.1 and does not load the add-in; newer sets are
 * used only when the host reports them.
 */

export interface RunOptions {
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: the run's writes are one step on the user's undo stack. */
  mergeUndoGroup?: boolean;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** Runs a batch on an existing context (event handlers are removed in the context that added them). */
  runWith<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export interface Capabilities {
  /** ExcelApi 1.7: events, the minimum this add-in needs. */
  minimum: boolean;
  /** ExcelApi 1.9: Range.copyFrom (formats of a neighbouring row). */
  copyFrom: boolean;
  /** ExcelApi 1.11: Excel.run({ delayForCellEdit }). */
  delayForCellEdit: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.14: WorksheetChangedEventArgs.triggerSource. */
  triggerSource: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }) makes a run's writes one undoable step. */
  undoGroups: boolean;
}

export function capabilitiesOf(host: ExcelHost): Capabilities {
  const has = (v: string) => host.isSetSupported('ExcelApi', v);
  return {
    minimum: has('1.7'),
    copyFrom: has('1.9'),
    delayForCellEdit: has('1.11'),
    mergedAreas: has('1.13'),
    triggerSource: has('1.14'),
    undoGroups: has('1.20'),
  };
}

/** The real host inside Excel, or undefined when the page is not running in Office. */
export function officeHost(): ExcelHost | undefined {
  if (typeof Office === 'undefined' || typeof Excel === 'undefined' || !Office.context?.requirements) return undefined;
  const supports = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  const delay = supports('ExcelApi', '1.11');
  const undo = supports('ExcelApi', '1.20');
  return {
    isSetSupported: supports,
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T> {
      const run: Excel.RunOptions = {};
      if (options?.delayForCellEdit && delay) run.delayForCellEdit = true;
      if (options?.mergeUndoGroup && undo) run.mergeUndoGroup = true;
      return Object.keys(run).length > 0 ? Excel.run(run, batch) : Excel.run(batch);
    },
    runWith<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      return Excel.run(context, batch);
    },
  };
}

/**
 * A run that writes, as one step on the user's undo stack where Excel can group it (ExcelApi 1.20);
 * a group Excel refuses (UndoNotSupported: an API in it has no undo) runs again ungrouped.
 */
export async function runUndoable<T>(host: ExcelHost, caps: Capabilities, batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
  if (!caps.undoGroups) return host.run(batch, options);
  try {
    return await host.run(batch, { ...options, mergeUndoGroup: true });
  } catch (e) {
    if ((e as { code?: string } | undefined)?.code !== 'UndoNotSupported') throw e;
    return host.run(batch, options);
  }
}
