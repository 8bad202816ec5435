import { OKABE_ITO } from '@/lib/colors';
import type { ProjectStatus } from './investment-selectors';

/** One fixed colour per status (Okabe–Ito), so the funnel and the table read the same. */
export const STATUS_COLORS: Record<ProjectStatus, string> = {
  announced: OKABE_ITO.skyBlue,
  agreed: OKABE_ITO.blue,
  'under-construction': OKABE_ITO.orange,
  operating: OKABE_ITO.bluishGreen,
  completed: OKABE_ITO.yellow,
  suspended: OKABE_ITO.reddishPurple,
  stalled: OKABE_ITO.grey,
  cancelled: OKABE_ITO.vermillion,
};
