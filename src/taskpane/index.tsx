/**
 * Task pane entry: waits for Office, checks the Excel version, then renders the pane. The ribbon's
 * 一键检查 button opens the pane with `?action=check`, which starts the check at once.
 */
import { createRoot } from 'react-dom/client';
import { capabilitiesOf, officeHost } from '../excel/host';
import { memoryLegacySettings, officeLegacySettings } from '../excel/settings';
import { excelPaneHost } from '../excel/paneHost';
import { App, Unavailable } from './App';
import { Checker } from './checker';
import { T } from './strings';

function boot(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const host = officeHost();
  if (!host) {
    root.render(<Unavailable message={T.unavailable.noOffice} />);
    return;
  }
  if (!capabilitiesOf(host).minimum) {
    root.render(<Unavailable message={T.unavailable.oldExcel} />);
    return;
  }
  const checker = new Checker(excelPaneHost(host), officeLegacySettings() ?? memoryLegacySettings());
  const autoCheck = new URLSearchParams(window.location.search).get('action') === 'check';
  root.render(<App checker={checker} autoCheck={autoCheck} />);
}

let booted = false;
function bootOnce(): void {
  if (booted) return;
  booted = true;
  boot();
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => bootOnce());
} else {
  // Opened outside Office (or office.js failed to load): say so instead of waiting forever.
  window.addEventListener('DOMContentLoaded', bootOnce);
  setTimeout(bootOnce, 1500);
}
