/** Follow-up reminders: the record, due-time arithmetic, parsing, reconcile planning, import/export. */
export * from './model.ts';
export * from './due.ts';
export * from './zone.ts';
export * from './natural.ts';
export * from './reconcile.ts';
export * from './ics.ts';
export * from './transfer.ts';
export * from './retention.ts';
