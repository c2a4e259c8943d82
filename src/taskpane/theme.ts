/** Picks the Fluent theme that matches Office's theme: light, dark or high contrast. */
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
