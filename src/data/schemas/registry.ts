import type * as z from 'zod/mini';
import { aggregatesRecordSchema } from './aggregates';
import { eventsRecordSchema } from './events';
import { gasEventsRecordSchema } from './gas-events';
import { gasFlowsRecordSchema } from './gas-flows';
import { gasPricesRecordSchema } from './gas-prices';
import { gasRoutesRecordSchema } from './gas-routes';
import { gasSuppliersRecordSchema } from './gas-suppliers';
import { paymentEventsRecordSchema } from './payment-events';
import { placesRecordSchema } from './places';
import { projectsRecordSchema } from './projects';
import { regionsRecordSchema } from './regions';
import { sectorsRecordSchema } from './sectors';
import { sourcesRecordSchema } from './sources';
import { tradeAnnualRecordSchema } from './trade-annual';
import { tradeMonthlyRecordSchema } from './trade-monthly';
import { tradePeriodsRecordSchema } from './trade-periods';
import { yuanShareRecordSchema } from './yuan-share';

export const DATASET_NAMES = [
  'sources',
  'sectors',
  'regions',
  'events',
  'projects',
  'aggregates',
  'gas-routes',
  'gas-flows',
  'gas-prices',
  'gas-suppliers',
  'gas-events',
  'trade-annual',
  'trade-monthly',
  'trade-periods',
  'payment-events',
  'yuan-share',
  'places',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const recordSchemas = {
  sources: sourcesRecordSchema,
  sectors: sectorsRecordSchema,
  regions: regionsRecordSchema,
  events: eventsRecordSchema,
  projects: projectsRecordSchema,
  aggregates: aggregatesRecordSchema,
  'gas-routes': gasRoutesRecordSchema,
  'gas-flows': gasFlowsRecordSchema,
  'gas-prices': gasPricesRecordSchema,
  'gas-suppliers': gasSuppliersRecordSchema,
  'gas-events': gasEventsRecordSchema,
  'trade-annual': tradeAnnualRecordSchema,
  'trade-monthly': tradeMonthlyRecordSchema,
  'trade-periods': tradePeriodsRecordSchema,
  'payment-events': paymentEventsRecordSchema,
  'yuan-share': yuanShareRecordSchema,
  places: placesRecordSchema,
} as const satisfies Record<DatasetName, z.ZodMiniType>;
export type DatasetRecord<N extends DatasetName> = z.infer<(typeof recordSchemas)[N]>;

export const DATASET_TITLES: Record<DatasetName, string> = {
  sources: 'Sources cited by the dashboard',
  sectors: 'Investment sectors',
  regions: 'Regions (Russian federal subjects, Chinese provinces, neighbouring countries)',
  events: 'Shared timeline annotations',
  projects: 'Chinese investment projects in Russia',
  aggregates: 'Headline investment aggregates and crossing counts',
  'gas-routes': 'Gas pipelines and LNG routes',
  'gas-flows': 'Russian pipeline gas flows (to China and to Europe)',
  'gas-prices': 'Average Russian gas export prices (Economy Ministry forecasts)',
  'gas-suppliers': "China's gas import suppliers",
  'gas-events': 'Gas negotiation timeline',
  'trade-annual': 'China–Russia trade, annual (GACC)',
  'trade-monthly': 'China–Russia trade, single months (GACC)',
  'trade-periods': 'China–Russia trade, cumulative periods (GACC)',
  'payment-events': 'Payment workaround timeline',
  'yuan-share': 'Currency of settlement (yuan and ruble shares)',
  places: 'Border crossings and key places',
};
