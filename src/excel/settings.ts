/**
 * Where the pane kept its settings before the workbook store (core/store/document): Office document
 * settings, in the add-in's webextension part, which WPS and the CLI cannot read. The pane now reads
 * this place once, to move what it holds into the store the first time the store is written, and
 * then removes it.
 */
import type { LegacySettings } from '../core/host/paneHost';

const KEY = 'perf-target.settings';

export function officeLegacySettings(): LegacySettings | undefined {
  if (typeof Office === 'undefined' || !Office.context?.document?.settings) return undefined;
  const settings = Office.context.document.settings;
  return {
    load: () => settings.get(KEY),
    remove: () =>
      new Promise((resolve, reject) => {
        settings.remove(KEY);
        settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)));
      }),
  };
}

/** Old settings held in memory (outside Office, and in tests). */
export function memoryLegacySettings(initial?: unknown): LegacySettings & { removed: boolean } {
  let value = initial;
  const legacy = {
    removed: false,
    load: () => value,
    remove: async () => {
      value = undefined;
      legacy.removed = true;
    },
  };
  return legacy;
}
