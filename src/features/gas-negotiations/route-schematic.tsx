import { useCallback, useMemo } from 'react';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { schematicRows, schematicTitle } from './route-schematic-rows';
import { SKETCH_PATHS, sketchHeight } from './route-schematic-layout';
import { RouteSchematicSketch } from './route-schematic-sketch';
import type { SchematicRoute } from './route-selectors';

/**
 * The known pipeline routes to China on a sketch (not a map), as a published chart with its own Export chart menu:
 * the sketch and its key are one SVG; what is not drawn (routes without a place on the sketch, LNG by ship) and the
 * scope are its notes, under the chart and in every export.
 */
export function RouteSchematic({ pipelines, lng }: { pipelines: SchematicRoute[]; lng: SchematicRoute[] }) {
  const drawn = useMemo(() => pipelines.filter((r) => SKETCH_PATHS[r.id]), [pipelines]);
  const notDrawn = useMemo(() => pipelines.filter((r) => !SKETCH_PATHS[r.id]), [pipelines]);
  const rows = useMemo(() => schematicRows(drawn), [drawn]);
  const height = useCallback((width: number, room?: number) => sketchHeight(drawn, width, room), [drawn]);
  const notes = useMemo(
    () => [
      'Schematic, not to scale. Statuses and capacity steps are the latest sourced ones: the time window does not apply to this schematic (the flow chart follows it).',
      ...(notDrawn.length > 0 ? [`Not drawn: ${notDrawn.map((r) => `${r.name} (${r.statusLabel})`).join('; ')}.`] : []),
      ...(lng.length > 0 ? [`LNG by ship (not drawn): ${lng.map((r) => r.name).join('; ')}.`] : []),
    ],
    [notDrawn, lng],
  );
  return (
    <div className="gas-figure gas-schematic">
      <ChartFigure
        chartId="gas-routes"
        dataFile="gas-routes"
        title={schematicTitle(drawn)}
        units="Status and capacity (billion cubic metres a year)"
        filters="none"
        kind="svg"
        height={height}
        rows={rows}
        notes={notes}
        notesLabel="About the schematic"
      >
        <RouteSchematicSketch routes={drawn} />
      </ChartFigure>
    </div>
  );
}
