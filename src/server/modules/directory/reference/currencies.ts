/** ISO 4217 currency codes in current use, as the runtime's ICU data knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const isCurrencyCode = (code: string): boolean => CURRENCIES.has(code);
