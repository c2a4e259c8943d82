/**
 * The task pane's entry in WPS 表格: the same React pane and controller as in Excel, over the WPS
 * adapter (wps/paneHost) — the only place that wires WPS in. No office.js and nothing from a CDN:
 * the page works from the add-in's folder on a PC without internet. `?action=check` (一键检查 from
 * the ribbon opening the pane) checks at once; 一键检查 on an open pane comes through PluginStorage.
 */
import { createRoot } from 'react-dom/client';
import type { LegacySettings } from '../core/host/paneHost';
import { App, Unavailable } from '../taskpane/App';
import { Checker } from '../taskpane/checker';
import { T } from '../taskpane/strings';
import { watchCheckRequests, wpsApplication } from './addin';
import { wpsPaneHost } from './paneHost';

/** WPS never kept settings outside the workbook: the store is the only place. */
const NO_LEGACY: LegacySettings = { load: () => undefined, remove: () => Promise.resolve() };

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const app = wpsApplication();
  if (!app) {
    root.render(<Unavailable message={T.unavailable.noWps} />);
  } else {
    const checker = new Checker(wpsPaneHost(app), NO_LEGACY);
    const autoCheck = new URLSearchParams(window.location.search).get('action') === 'check';
    root.render(<App checker={checker} autoCheck={autoCheck} />);
    watchCheckRequests(app, () => void checker.fullCheck());
  }
}
