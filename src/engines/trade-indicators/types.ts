/** One location's exports of one product in one year (any currency, as long as it is one). */
export type ExportObservation = { location: string; product: string; value: number };
