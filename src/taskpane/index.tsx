/**
 * Task pane entry: waits for Office, checks the Excel version, then renders the pane — the only
 * place that wires Excel in (excel/paneHost). The ribbon's 一键检查 opens the pane with
 * `?action=check`, which checks at once; with the Microsoft 365 manifest (a shared runtime) the
 * button runs `runCheck` here instead, in the open pane. Outside Excel it tells apart office.js not
 * loading (a network that blocks Microsoft's CDN) from a page opened in a plain browser.
 */
import { createRoot, type Root } from 'react-dom/client';
import { capabilitiesOf, officeHost } from '../excel/host';
import { excelPaneHost } from '../excel/paneHost';
import { memoryLegacySettings, officeLegacySettings } from '../excel/settings';
import { App, Unavailable } from './App';
import { Checker } from './checker';
import { T } from './strings';

let checker: Checker | undefined;

function boot(root: Root, officeLoaded: boolean, inOffice: boolean): void {
  const host = inOffice ? officeHost() : undefined;
  if (!host) {
    root.render(<Unavailable message={officeLoaded ? T.unavailable.noOffice : T.unavailable.officeBlocked} />);
    return;
  }
  if (!capabilitiesOf(host).minimum) {
    root.render(<Unavailable message={T.unavailable.oldExcel} />);
    return;
  }
  checker = new Checker(excelPaneHost(host), officeLegacySettings() ?? memoryLegacySettings());
  const autoCheck = new URLSearchParams(window.location.search).get('action') === 'check';
  root.render(<App checker={checker} autoCheck={autoCheck} />);
}

/** 一键检查 from the ribbon in a shared runtime: show the pane (it may be closed) and check. */
function registerRibbonCheck(): void {
  const actions = (Office as { actions?: { associate(name: string, fn: (event: { completed(): void }) => void): void } }).actions;
  actions?.associate('runCheck', (event) => {
    const addin = (Office as { addin?: { showAsTaskpane(): Promise<void> } }).addin;
    void Promise.resolve(addin?.showAsTaskpane())
      .catch(() => undefined)
      .then(() => checker?.fullCheck())
      .finally(() => event.completed());
  });
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  let booted = false;
  const once = (officeLoaded: boolean, inOffice: boolean) => {
    if (booted) return;
    booted = true;
    boot(root, officeLoaded, inOffice);
  };
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    registerRibbonCheck();
    void Office.onReady((info) => once(true, Boolean(info?.host)));
  } else {
    // office.js did not load: the page cannot reach Microsoft's CDN (or was opened from a file).
    window.addEventListener('DOMContentLoaded', () => once(false, false));
    setTimeout(() => once(false, false), 1500);
  }
}
