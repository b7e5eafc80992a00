/** The kind of the in-app notification (and its email) of a voucher that became READY: one per order. */
export const VOUCHER_READY_NOTIFICATION = 'voucher.ready';
