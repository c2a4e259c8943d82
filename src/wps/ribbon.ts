/**
 * The WPS add-in's main page (index.html): the callbacks ribbon.xml names — `ribbon.OnAddinLoad`,
 * `ribbon.OnAction`, `ribbon.GetImage` — on `window.ribbon`. 打开助手 shows the pane; 一键检查
 * shows it and checks the workbook (at once when the pane opens, else through PluginStorage).
 */
import type { WpsApplication } from './api';
import { BUTTON_CHECK, BUTTON_OPEN, showPane } from './addin';

interface Control {
  Id: string;
}

function app(): WpsApplication | undefined {
  return (window as unknown as { Application?: WpsApplication }).Application;
}

const ribbon = {
  OnAddinLoad(_ribbonUI: unknown): boolean {
    return true;
  },
  OnAction(control: Control): boolean {
    const a = app();
    if (!a) return false;
    if (control.Id === BUTTON_OPEN) showPane(a, window.location.href, false);
    else if (control.Id === BUTTON_CHECK) showPane(a, window.location.href, true);
    return true;
  },
  GetImage(control: Control): string {
    return control.Id === BUTTON_CHECK || control.Id === BUTTON_OPEN ? 'assets/icon-80.png' : 'assets/icon-32.png';
  },
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
