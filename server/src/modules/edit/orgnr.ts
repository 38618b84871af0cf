import { createRequire } from 'node:module';

// `organisationsnummer` ships CommonJS (`module.exports = class`) with ES-style typings; load it as
// CommonJS so the class itself, not a namespace around it, comes back.
type OrganisationsnummerClass = typeof import('organisationsnummer').default;
const Organisationsnummer = createRequire(import.meta.url)('organisationsnummer') as OrganisationsnummerClass;

/** True for a valid Swedish organisationsnummer (also a sole trader's personnummer), with or without the dash. */
export function isOrganisationsnummer(value: string): boolean {
  return Organisationsnummer.valid(value.trim());
}

/** The stored form, NNNNNN-NNNN. Call only on a valid number. */
export function formatOrganisationsnummer(value: string): string {
  return Organisationsnummer.parse(value.trim()).format(true);
}
