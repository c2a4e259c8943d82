/**
 * The WPS add-in's main page (index.html): the callbacks ribbon.xml names — `ribbon.OnAddinLoad`,
 * `ribbon.OnAction`, `ribbon.GetImage` — on `window.ribbon`. 打开助手 shows the pane; 一键检查
 * shows it and checks the workbook (at once when the pane opens, else through PluginStorage).
 */
import { BUTTON_CHECK, BUTTON_OPEN, showPane, wpsApplication } from './addin';

interface Control {
  Id: string;
}

const ribbon = {
  OnAddinLoad(_ribbonUI: unknown): boolean {
    return true;
  },
  OnAction(control: Control): boolean {
    const a = wpsApplication();
    if (!a) return false;
    if (control.Id === BUTTON_OPEN) showPane(a, window.location.href, false);
    else if (control.Id === BUTTON_CHECK) showPane(a, window.location.href, true);
    return true;
  },
  GetImage(_control: Control): string {
    return 'assets/icon-80.png';
  },
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
