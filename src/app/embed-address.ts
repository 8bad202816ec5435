import { embedChartFromHash } from '@/components/chart-box/embed-link';

/** Read once: an embed page is opened by its address (an iframe's src) and stays one chart. */
export const EMBED_CHART = embedChartFromHash(location.hash);
