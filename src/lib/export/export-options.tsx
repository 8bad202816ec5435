import { useEffect, useId, useRef, useState } from 'react';
import { BACKGROUNDS, CONTENTS, IMAGE_PRESET_IDS, type ImagePresetId, presetLabel } from './image-presets';
import type { PanelExportState } from './use-panel-export';

const BACKGROUND_LABELS = { white: 'White', transparent: 'Transparent' } as const;
const CONTENT_LABELS = { figures: 'Charts and legends', panel: 'Whole panel' } as const;

/**
 * A small disclosure beside the download buttons: image size and background (used by Download PNG, Copy image and the
 * evidence pack), plus the two less frequent exports. Escape or a click outside closes it.
 */
export function ExportOptions({
  state,
  disabled,
  title,
}: {
  state: PanelExportState;
  disabled: boolean;
  title: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnOutside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  return (
    <div
      className="export-options"
      ref={wrapper}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        Export options
      </button>
      {open && (
        <div className="export-options__panel" id={panelId} role="group" aria-label={`${title} export options`}>
          <label>
            Image size
            <select value={state.choice.preset} onChange={(e) => state.setPreset(e.target.value as ImagePresetId)}>
              {IMAGE_PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {presetLabel(id)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Background</legend>
            {BACKGROUNDS.map((bg) => (
              <label key={bg}>
                <input
                  type="radio"
                  name={`${panelId}-bg`}
                  value={bg}
                  checked={state.choice.background === bg}
                  onChange={() => state.setBackground(bg)}
                />{' '}
                {BACKGROUND_LABELS[bg]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Image content</legend>
            {CONTENTS.map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name={`${panelId}-content`}
                  value={c}
                  checked={state.choice.content === c}
                  onChange={() => state.setContent(c)}
                />{' '}
                {CONTENT_LABELS[c]}
              </label>
            ))}
          </fieldset>
          <div className="export-options__actions">
            <button type="button" disabled={disabled} onClick={() => state.run('copy')}>
              Copy image
            </button>
            <button type="button" disabled={disabled} onClick={() => state.run('pack')}>
              Download evidence pack
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
