/** The exact CAN bus model: frame lengths from content, arbitration, mailboxes, fault confinement, stats. */
export * from './bits';
export * from './bus';
