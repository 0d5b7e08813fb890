/** Time Entry → Set Not Billed (see billing.ts). */
import { billingOperation } from './billing';

export const setNotBilled = billingOperation(false);
