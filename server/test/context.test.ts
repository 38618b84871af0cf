import type { EntityManager } from '@mikro-orm/sql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';

/** A root EntityManager that only counts its forks (the context's fork logic is what is under test here). */
function countingRoot() {
  const forks: object[] = [];
  const root = {
    fork() {
      const fork = { forkOf: root };
      forks.push(fork);
      return fork;
    },
  };
  return { root: root as unknown as EntityManager, forks };
}

/** What Apollo Server does to the context before every operation (ApolloServer.js, cloneObject). */
const apolloCopy = <T extends object>(ctx: T): T => Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as T, ctx);

describe('request context', () => {
  it('forks nothing until the EntityManager is used; reads go through the root until then', async () => {
    const { root, forks } = countingRoot();
    const ctx = apolloCopy(await createContext(root, pino({ level: 'silent' }), 'r1'));
    expect(ctx.reader).toBe(root);
    expect(forks).toHaveLength(0);
    const em = ctx.em;
    expect(forks).toHaveLength(1);
    expect(ctx.em).toBe(em);
    expect(ctx.reader).toBe(em);
  });

  it("shares one fork between Apollo's copy of the context and the original, whichever forks first", async () => {
    const { root, forks } = countingRoot();
    const original = await createContext(root, pino({ level: 'silent' }), 'r2');
    const copy = apolloCopy(original);
    const em = copy.em;
    expect(original.em).toBe(em);
    expect(original.reader).toBe(em);
    expect(forks).toHaveLength(1);
  });

  it('gives each request its own fork', async () => {
    const { root, forks } = countingRoot();
    const a = await createContext(root, pino({ level: 'silent' }), 'a');
    const b = await createContext(root, pino({ level: 'silent' }), 'b');
    expect(a.em).not.toBe(b.em);
    expect(forks).toHaveLength(2);
  });
});
