/**
 * How the WPS add-in's two pages work together. WPS loads the add-in's main page (index.html)
 * hidden and calls the ribbon's callbacks there (`ribbon.OnAction` in ribbon.xml); the pane is a
 * second page (taskpane.html) WPS shows with `CreateTaskPane`. The pages share
 * `Application.PluginStorage`: the main page keeps the pane's id there (one pane, shown again
 * rather than opened twice), and 一键检查 on an open pane leaves a request there that the pane
 * picks up (WPS has no call from one page into another).
 */
import type { WpsApplication, WpsTaskPane } from './api';

export const PANE_ID_KEY = 'perf-target.paneId';
export const CHECK_REQUEST_KEY = 'perf-target.checkRequest';
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

/** The ribbon's buttons (ids in ribbon.xml). */
export const BUTTON_OPEN = 'PerfTarget.Open';
export const BUTTON_CHECK = 'PerfTarget.Check';

/** The application WPS gives every page of the add-in; undefined in a plain browser. */
export function wpsApplication(): WpsApplication | undefined {
  return (window as unknown as { Application?: WpsApplication }).Application;
}

/** The pane's page next to the main page: `…/taskpane.html`, with `?action=check` to check on opening. */
export function paneUrl(mainPage: string, check: boolean): string {
  const base = mainPage.split(/[?#]/)[0]!.replace(/[^/]*$/, '');
  return `${base}taskpane.html${check ? '?action=check' : ''}`;
}

/** Shows the pane (creating it the first time); `check`: the pane checks the workbook at once. */
export function showPane(app: WpsApplication, mainPage: string, check: boolean, now = Date.now()): WpsTaskPane {
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  let pane: WpsTaskPane | undefined;
  if (id !== undefined && id !== null && id !== '') {
    try {
      pane = app.GetTaskPane(id as string | number);
    } catch {
      pane = undefined;
    }
  }
  if (!pane) {
    pane = app.CreateTaskPane(paneUrl(mainPage, check));
    app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
    pane.DockPosition = DOCK_RIGHT;
    pane.Visible = true;
    return pane;
  }
  pane.Visible = true;
  if (check) app.PluginStorage.setItem(CHECK_REQUEST_KEY, now);
  return pane;
}

/**
 * Calls `onRequest` in the pane whenever 一键检查 is pressed while it is open (a look at
 * PluginStorage, a value in the add-in's memory, every `everyMs`). Returns a function that stops.
 */
export function watchCheckRequests(app: WpsApplication, onRequest: () => void, everyMs = 500): () => void {
  let seen = app.PluginStorage.getItem(CHECK_REQUEST_KEY);
  const timer = setInterval(() => {
    const now = app.PluginStorage.getItem(CHECK_REQUEST_KEY);
    if (now !== seen) {
      seen = now;
      onRequest();
    }
  }, everyMs);
  return () => clearInterval(timer);
}
