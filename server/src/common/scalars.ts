import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A calendar date, ISO 8601 `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    throw new TypeError(`Date cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return value;
    throw new TypeError('Date must be a string YYYY-MM-DD');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && ISO_DATE.test(ast.value) && !Number.isNaN(Date.parse(ast.value))) return ast.value;
    throw new TypeError('Date must be a string YYYY-MM-DD');
  },
});

/** An exact decimal number, as a string (never a float): "4000000.00". */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number carried as a string, e.g. "4000000.00". Never a binary float.',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    throw new TypeError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new TypeError('Decimal must be a string such as "1234.50"');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL.test(ast.value)) return ast.value;
    throw new TypeError('Decimal must be a string such as "1234.50"');
  },
});
