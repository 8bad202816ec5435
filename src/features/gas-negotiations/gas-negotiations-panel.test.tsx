import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openCardTab } from '@/testing/card-tabs';
import { renderWithBodies } from '@/testing/render-with-providers';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { GasNegotiationsPanel } from './gas-negotiations-panel';

async function renderGas(from = DEFAULT_FILTERS.from, to = DEFAULT_FILTERS.to) {
  const result = await renderWithBodies(<GasNegotiationsPanel />, {
    view: { filters: { ...DEFAULT_FILTERS, from, to } },
  });
  const region = screen.getByRole('region', { name: 'Gas negotiations' });
  return { ...result, region };
}

const timelineItems = (region: HTMLElement) =>
  within(within(region).getByRole('list', { name: 'Negotiation events' })).getAllByRole('listitem');

// Whole-panel renders with the real data and recharts in jsdom take a few seconds on a shared 2-core machine.
describe('GasNegotiationsPanel', { timeout: 30000 }, () => {
  it('shows the flow chart, the schematic, the timeline, the alternatives and the price gap', async () => {
    const { region, container, user } = await renderGas();
    expect(within(region).getByRole('heading', { level: 3, name: /Capacity and flows/ })).toBeInTheDocument();
    expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThan(0);
    expect(within(region).getByText(/negotiation events in the window/)).toBeInTheDocument();
    await openCardTab(user, region, 'More charts');
    for (const heading of [/Routes to China/, /Negotiation timeline/, /China’s alternatives/, /Price gap/]) {
      expect(within(region).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    }
    expect(
      within(region).getByRole('img', { name: /Schematic of gas pipeline routes to China, not to scale/ }),
    ).toBeInTheDocument();
    expect(within(region).getByText(/Schematic, not to scale/)).toBeInTheDocument();
    expect(within(region).getByText(/the time window does not apply to this schematic/)).toBeInTheDocument();
    // The scope notes are method material: in the card's Sources tab.
    await openCardTab(user, region, 'Sources');
    expect(within(region).getByText(/scope: Russian gas delivered to the EU only/)).toBeInTheDocument();
    // The capacity chart (More tab) states what operates against the derived sum of what is agreed.
    await openCardTab(user, region, 'More charts');
    expect(
      within(region).getByText(
        /^Russia’s pipelines to China: 38 bcm a year operating; ≈106 if every agreed route is built$/,
      ),
    ).toBeInTheDocument();
  });

  it('the time window narrows the timeline, the flows and the capacities drawn', async () => {
    const { region, user } = await renderGas('2014-01', '2019-12');
    await openCardTab(user, region, 'More charts');
    expect(timelineItems(region).map((li) => within(li).getByText(/\d{4}$/, { selector: 'time' }).textContent)).toEqual(
      ['Nov 2014', '2015', '2 Dec 2019'],
    );
    expect(within(region).getByText(/No Power of Siberia 1 flow year in the window/)).toBeInTheDocument();
    expect(within(region).queryByText(/if every agreed route is built/)).not.toBeInTheDocument();
    expect(within(region).getByText(/^Russia’s pipelines to China: 38 bcm a year operating$/)).toBeInTheDocument();
  });

  it('opens an event’s sources as safe links in a new tab', async () => {
    const { region, user } = await renderGas('2022-02', '2022-02');
    await openCardTab(user, region, 'More charts');
    const button = within(region).getByRole('button', {
      name: /^Sources \(2\) for Far Eastern route: 10 bcm\/yr contract signed/,
    });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const links = within(button.parentElement as HTMLElement).getAllByRole('link');
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('the what-if starts from labelled sourced values and recomputes revenue from the user’s inputs', async () => {
    const { region, user } = await renderGas();
    await openCardTab(user, region, 'More charts');
    const group = within(region).getByRole('group', { name: /Your assumptions/ });
    const price = within(group).getByLabelText('Your price (US$ per 1,000 m³)');
    const volume = within(group).getByLabelText('Your volume (bcm per year)');
    expect(price).toHaveValue(248.7);
    expect(volume).toHaveValue(50);
    expect(price).toHaveAccessibleDescription(/not a Power of Siberia 2 price/);
    const result = within(region).getByRole('status', { name: 'What-if result' });

    await user.clear(price);
    await user.type(price, '300');
    expect(result).toHaveTextContent('US$15 bn per year');
    await user.clear(volume);
    await user.type(volume, '38');
    expect(result).toHaveTextContent('US$11.4 bn per year');

    await user.selectOptions(
      within(group).getByLabelText('Compare with the European price of'),
      within(group).getByRole('option', { name: /2022 actual/ }),
    );
    // 983.8 × 38 / 1,000 = 37.3844; minus 11.4 = 25.9844 US$ bn/yr less.
    expect(result).toHaveTextContent('US$37.38 bn per year');
    expect(result).toHaveTextContent('US$25.98 bn per year less');

    await user.clear(volume);
    expect(result).toHaveTextContent(/Enter a price and a volume/);
  });

  it('the alternatives chart switches measure without mixing units', async () => {
    const { region, user } = await renderGas();
    await openCardTab(user, region, 'More charts');
    const measure = within(region).getByLabelText('Measure');
    expect(within(region).getByText(/Import value \(US\$ bn\), 2025: Russia \(pipeline\) 9.41/)).toBeInTheDocument();
    await user.selectOptions(measure, 'volume-mt');
    expect(
      within(region).getByText(/Import volume \(Mt\), 2024: All LNG suppliers \(total\) \(LNG\) 76.7/),
    ).toBeInTheDocument();
  });
});
