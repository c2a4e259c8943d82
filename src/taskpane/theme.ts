/** Picks the Fluent theme that matches Office's theme (light, dark or high contrast), and follows it while the pane is open. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export type ThemeName = 'light' | 'dark' | 'highContrast';

export function currentThemeName(): ThemeName {
  if (typeof window !== 'undefined' && window.matchMedia?.('(forced-colors: active)').matches) return 'highContrast';
  const office = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  const bg = office?.bodyBackgroundColor;
  const l = bg ? luminance(bg) : undefined;
  if (l !== undefined) return l < 0.4 ? 'dark' : 'light';
  if (typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

export function themeFor(name: ThemeName): Theme {
  return name === 'dark' ? webDarkTheme : name === 'highContrast' ? teamsHighContrastTheme : webLightTheme;
}

/**
 * Calls `onChange` when the theme changes while the pane is open: Office's theme-changed event where
 * the host raises it, the system's colour scheme and contrast, and — since not every Office build
 * raises the event for task panes — a look at Office's theme every few seconds (a property of the
 * page's context: no call into the workbook). Returns a function that stops watching.
 */
export function watchTheme(onChange: (name: ThemeName) => void, pollMs = 3000): () => void {
  let last = currentThemeName();
  const check = () => {
    const now = currentThemeName();
    if (now !== last) {
      last = now;
      onChange(now);
    }
  };
  const queries = typeof window !== 'undefined' && window.matchMedia ? ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => window.matchMedia(q)) : [];
  for (const q of queries) q.addEventListener?.('change', check);
  const doc = typeof Office !== 'undefined' ? Office.context?.document : undefined;
  try {
    doc?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, check, () => undefined);
  } catch {
    // Hosts without the event: the look every few seconds covers them.
  }
  const timer = setInterval(check, pollMs);
  return () => {
    clearInterval(timer);
    for (const q of queries) q.removeEventListener?.('change', check);
  };
}
