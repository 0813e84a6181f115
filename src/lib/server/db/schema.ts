// Every drizzle table of every domain, for the client and for drizzle-kit. Add a domain's tables here.
export * from '../auth/tables';
export * from '../councils/tables';
export * from '../audit/tables';
export * from '../mail/tables';
export * from '../proposals/tables';
export * from '../files/tables';
export * from '../notifications/tables';
export * from '../plans/tables';
export * from '../plenaries/tables';
export * from '../plenaries/speaker-tables';
export * from '../evaluation/tables';
export * from '../workshops/tables';
