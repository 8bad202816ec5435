import { createContext, useContext } from 'react';

/**
 * 'export' while a chart is drawn offscreen for a file, or on a slide: charts leave out their UI controls (the range
 * brush), which have no place in a published chart, and keep no room for them.
 */
export const ChartRenderContext = createContext<'screen' | 'export'>('screen');
export const useChartRender = (): 'screen' | 'export' => useContext(ChartRenderContext);
