import { createContext, useContext } from 'react';
import type { ChartId } from '@/domain/chart-ids';

/**
 * 'export' while a chart is drawn offscreen for a file: charts leave out their UI controls (the range brush), which
 * have no place in a published chart.
 */
export const ChartRenderContext = createContext<'screen' | 'export'>('screen');
export const useChartRender = (): 'screen' | 'export' => useContext(ChartRenderContext);

/** The chart an embed page shows (the embed route provides it); every other chart stays in the hidden dashboard. */
export const EmbedChartContext = createContext<{ chartId: ChartId; host: HTMLElement } | null>(null);
