import { ImportDataControl } from '@/features/import/import-data-control';
import { PresentButton } from '@/features/present/present-button';
import { SaveViewForm } from '@/features/present/save-view-form';
import { MethodsDrawer } from '@/features/sources/methods-drawer';
import { useDashboardActions, useTheme } from '@/store/hooks';
import { THEMES, type Theme } from '@/domain/view-state';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function AppHeader() {
  const theme = useTheme();
  const { themeChanged } = useDashboardActions();
  return (
    <header className="app-header">
      <div>
        <h1>China–Russia Belt &amp; Road dashboard</h1>
        <p className="app-header__tagline">
          Chinese investment, gas, payments and border crossings in Russia and the Russian Far East — every figure
          sourced.
        </p>
      </div>
      <div className="app-header__tools">
        <SaveViewForm />
        <PresentButton />
        <ImportDataControl />
        <MethodsDrawer />
        <label className="field field--inline">
          <span>Theme</span>
          <select value={theme} onChange={(e) => themeChanged(e.target.value as Theme)}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
