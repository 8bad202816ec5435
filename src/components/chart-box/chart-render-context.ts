import { createContext, useContext } from 'react';

/**
 * 'export' while a chart is drawn offscreen for a file: charts leave out their UI controls (the range brush), which
 * have no place in a published chart.
 */
export const ChartRenderContext = createContext<'screen' | 'export'>('screen');
export const useChartRender = (): 'screen' | 'export' => useContext(ChartRenderContext);
