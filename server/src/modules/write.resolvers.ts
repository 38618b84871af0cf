// Accounts, sessions, tokens, mutations, history and CSV import.
export const writeResolvers: Function[] = [];
