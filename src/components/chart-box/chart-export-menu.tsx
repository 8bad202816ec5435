import * as Ariakit from '@ariakit/react';
import { memo } from 'react';
import { CHART_PRESET_IDS, CHART_PRESETS } from './chart-presets';
import type { ChartExportAction } from './use-chart-export';

/**
 * The chart's one menu (architecture.md): "Export chart" opens Download PNG (a submenu of size presets named after
 * their use), Download SVG, Download CSV, its sources, Copy image and Copy embed code. Ariakit gives the keyboard
 * and screen-reader behaviour of a menu (arrows, Escape, focus return). Memoised: Ariakit's menu button is costly to
 * render, and a filter change re-renders every chart with the same title or a new one and the same `onAction`.
 */
export const ChartExportMenu = memo(ChartExportMenuView);

function ChartExportMenuView({ title, onAction }: { title: string; onAction: (a: ChartExportAction) => void }) {
  return (
    <Ariakit.MenuProvider>
      <Ariakit.MenuButton className="chart-menu__button" aria-label="Export chart" title={`Export “${title}”`}>
        Export chart
      </Ariakit.MenuButton>
      <Ariakit.Menu gutter={4} className="chart-menu" unmountOnHide portal>
        <Ariakit.MenuProvider>
          <Ariakit.MenuItem className="chart-menu__item" render={<Ariakit.MenuButton />}>
            Download PNG <span aria-hidden="true">›</span>
          </Ariakit.MenuItem>
          <Ariakit.Menu gutter={2} shift={-6} className="chart-menu" unmountOnHide portal aria-label="PNG size">
            {CHART_PRESET_IDS.map((preset) => (
              <Ariakit.MenuItem
                key={preset}
                className="chart-menu__item"
                onClick={() => onAction({ kind: 'png', preset })}
              >
                {CHART_PRESETS[preset].label}
              </Ariakit.MenuItem>
            ))}
          </Ariakit.Menu>
        </Ariakit.MenuProvider>
        <Ariakit.MenuItem className="chart-menu__item" onClick={() => onAction({ kind: 'svg' })}>
          Download SVG
        </Ariakit.MenuItem>
        <Ariakit.MenuItem className="chart-menu__item" onClick={() => onAction({ kind: 'csv' })}>
          Download CSV
        </Ariakit.MenuItem>
        <Ariakit.MenuItem className="chart-menu__item" onClick={() => onAction({ kind: 'sources' })}>
          Download sources (CSV)
        </Ariakit.MenuItem>
        <Ariakit.MenuSeparator className="chart-menu__separator" />
        <Ariakit.MenuItem className="chart-menu__item" onClick={() => onAction({ kind: 'copy' })}>
          Copy image
        </Ariakit.MenuItem>
        <Ariakit.MenuItem className="chart-menu__item" onClick={() => onAction({ kind: 'embed' })}>
          Copy embed code
        </Ariakit.MenuItem>
      </Ariakit.Menu>
    </Ariakit.MenuProvider>
  );
}
