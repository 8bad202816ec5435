import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens one of a card's tabs (Chart, More charts, Table, Sources …) as a reader would. */
export async function openCardTab(user: UserEvent, region: HTMLElement, name: string): Promise<void> {
  await user.click(within(region).getByRole('tab', { name }));
}
