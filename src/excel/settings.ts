/** Settings saved with the workbook through Office document settings (Office.context.document.settings). */
export interface SettingsStore {
  load(): unknown;
  save(value: unknown): Promise<void>;
}

const KEY = 'perf-target.settings';

export function officeSettingsStore(): SettingsStore | undefined {
  if (typeof Office === 'undefined' || !Office.context?.document?.settings) return undefined;
  const settings = Office.context.document.settings;
  return {
    load: () => settings.get(KEY),
    save: (value) =>
      new Promise((resolve, reject) => {
        settings.set(KEY, value);
        settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)));
      }),
  };
}

/** Settings kept in memory only (outside Office, or when the document cannot store them). */
export function memorySettingsStore(initial?: unknown): SettingsStore {
  let value = initial;
  return {
    load: () => value,
    save: async (v) => {
      value = v;
    },
  };
}
