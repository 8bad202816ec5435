import * as Ariakit from '@ariakit/react';
import { createContext, memo, useCallback, useContext } from 'react';
import { useLatest } from '@/lib/use-latest';
import '@/components/export/export.css';
import { BACKGROUNDS, CONTENTS, IMAGE_PRESET_IDS, type ImagePresetId } from '@/components/export/image-presets';
import { preloadPanelExports, type ExportKind, type PanelExportState } from '@/components/export/use-panel-export';

/** Short names after their use (the architecture's accessible names); the export code keeps its own long labels. */
const PRESET_NAMES: Record<ImagePresetId, string> = {
  '1x': '1×',
  '2x': '2×',
  'slide-16-9': 'Slide 16:9',
  'slide-4-3': 'Slide 4:3',
  report: 'A4 column',
};
const PRESET_HINTS: Record<ImagePresetId, string> = {
  '1x': 'on-screen size',
  '2x': 'on-screen size, sharp',
  'slide-16-9': '1920 × 1080 px',
  'slide-4-3': '1600 × 1200 px',
  report: '1240 px wide',
};
const BACKGROUND_NAMES = { white: 'White background', transparent: 'Transparent background' } as const;
const CONTENT_NAMES = { figures: 'Chart and legend', panel: 'Whole card' } as const;

interface ExportMenuProps {
  title: string;
  exports: PanelExportState;
  ready: boolean;
  hasSvg: boolean;
  hasTable: boolean;
  /** Before an image export: shows the chart tab, so the export draws the hero chart whichever tab is open. */
  beforeImage: () => void;
}

/**
 * The card's one menu of actions (Ariakit Menu: arrow keys, type-ahead, Escape and focus return come from the
 * library). Downloads run through src/components/export unchanged; the size, background and content choices are radio items
 * that stay open, so a reader sets them and then picks the download.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { title, exports, ready, hasSvg, hasTable } = props;
  // The header re-renders on every filter change, with a new `exports` (it closes over the new table and sources), and
  // Ariakit's menu button is costly to render: the menu itself is memoised on what it shows, and its handlers read the
  // latest props from a ref when they run, so a download always uses the current table and filters.
  const latestRef = useLatest(props);
  const run = useCallback(
    (kind: ExportKind) => {
      if (kind !== 'csv') latestRef.current.beforeImage();
      latestRef.current.exports.run(kind);
    },
    [latestRef],
  );
  const setValues = useCallback(
    (values: MenuValues) => {
      const { exports: ex } = latestRef.current;
      const { choice } = ex;
      if (values.preset !== choice.preset) ex.setPreset(values.preset as ImagePresetId);
      if (values.background !== choice.background) ex.setBackground(values.background as typeof choice.background);
      if (values.content !== choice.content) ex.setContent(values.content as typeof choice.content);
    },
    [latestRef],
  );
  return (
    <ReadyContext.Provider value={ready}>
      <MenuView
        title={title}
        choice={exports.choice}
        busy={exports.busy !== null}
        hasSvg={hasSvg}
        hasTable={hasTable}
        run={run}
        setValues={setValues}
      />
    </ReadyContext.Provider>
  );
}

/**
 * Whether the downloads can run: false while the data loads and while the body redraws after a filter change. Passed
 * by context, not as a prop, so that going stale and back (twice per filter change) re-renders only the items of an
 * open menu, not the menu button (a closed menu renders no items).
 */
const ReadyContext = createContext(false);

function ReadyItem({ kind, name, needsTable = false, hasTable, run }: ItemProps) {
  const ready = useContext(ReadyContext);
  return (
    <Ariakit.MenuItem
      className="card-menu__item"
      disabled={!ready || (needsTable && !hasTable)}
      onClick={() => run(kind)}
    >
      {name}
    </Ariakit.MenuItem>
  );
}

interface ItemProps {
  kind: ExportKind;
  name: string;
  needsTable?: boolean;
  hasTable: boolean;
  run: (kind: ExportKind) => void;
}

type MenuValues = Record<string, string | string[]>;

interface MenuViewProps extends Pick<ExportMenuProps, 'title' | 'hasSvg' | 'hasTable'> {
  choice: PanelExportState['choice'];
  busy: boolean;
  run: (kind: ExportKind) => void;
  setValues: (values: MenuValues) => void;
}

const MenuView = memo(function MenuView({ title, choice, busy, hasSvg, hasTable, run, setValues }: MenuViewProps) {
  const item = (kind: ExportKind, name: string, needsTable = false) => (
    <ReadyItem kind={kind} name={name} needsTable={needsTable} hasTable={hasTable} run={run} />
  );
  return (
    <Ariakit.MenuProvider
      values={{ preset: choice.preset, background: choice.background, content: choice.content }}
      setValues={setValues}
    >
      <Ariakit.MenuButton
        className="card__action"
        aria-busy={busy || undefined}
        onPointerEnter={() => void preloadPanelExports()}
        onFocus={() => void preloadPanelExports()}
      >
        Export
        <Ariakit.MenuButtonArrow />
      </Ariakit.MenuButton>
      {/* unmountOnHide: the closed menu renders nothing. The header re-renders on every filter change (its takeaway and
          source line follow the filters), and the hidden menu's 14 items were re-rendered with it, twice per change. */}
      <Ariakit.Menu className="card-menu" gutter={4} aria-label={`${title} export`} portal={false} unmountOnHide>
        {item('png', 'Download PNG')}
        {hasSvg && item('svg', 'Download SVG')}
        {item('csv', 'Download CSV', true)}
        {item('copy', 'Copy image')}
        {item('pack', 'Download evidence pack')}
        <Ariakit.MenuSeparator className="card-menu__separator" />
        <Ariakit.MenuGroup className="card-menu__group">
          <Ariakit.MenuGroupLabel className="card-menu__label">Image size</Ariakit.MenuGroupLabel>
          {IMAGE_PRESET_IDS.map((id) => (
            <Ariakit.MenuItemRadio key={id} className="card-menu__item" name="preset" value={id} hideOnClick={false}>
              <Ariakit.MenuItemCheck />
              <span>{PRESET_NAMES[id]}</span>
              <span className="card-menu__hint" aria-hidden="true">
                {PRESET_HINTS[id]}
              </span>
            </Ariakit.MenuItemRadio>
          ))}
        </Ariakit.MenuGroup>
        <Ariakit.MenuGroup className="card-menu__group">
          <Ariakit.MenuGroupLabel className="card-menu__label">Look</Ariakit.MenuGroupLabel>
          {BACKGROUNDS.map((bg) => (
            <Ariakit.MenuItemRadio
              key={bg}
              className="card-menu__item"
              name="background"
              value={bg}
              hideOnClick={false}
            >
              <Ariakit.MenuItemCheck />
              {BACKGROUND_NAMES[bg]}
            </Ariakit.MenuItemRadio>
          ))}
          {CONTENTS.map((c) => (
            <Ariakit.MenuItemRadio key={c} className="card-menu__item" name="content" value={c} hideOnClick={false}>
              <Ariakit.MenuItemCheck />
              {CONTENT_NAMES[c]}
            </Ariakit.MenuItemRadio>
          ))}
        </Ariakit.MenuGroup>
      </Ariakit.Menu>
    </Ariakit.MenuProvider>
  );
});
