// Every drizzle table of every domain, for the client and for drizzle-kit. Add a domain's tables here.
export * from '../auth/tables';
export * from '../councils/tables';
export * from '../audit/tables';
export * from '../mail/tables';
