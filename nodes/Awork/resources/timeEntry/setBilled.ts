/** Time Entry → Set Billed (see billing.ts). */
import { billingOperation } from './billing';

export const setBilled = billingOperation(true);
