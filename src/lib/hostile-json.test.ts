import { describe, expect, it } from 'vitest';
import { jsonProblem, nestingTooDeepAt } from './hostile-json';

const LIMITS = { maxDepth: 24, maxStringLength: 20_000 };

/** `depth` arrays inside each other, built without recursion: [[[…]]] */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('jsonProblem', () => {
  it('passes a record shaped like the data files', () => {
    const record = { id: 'a', name: { en: 'A', ru: 'А' }, value: { amount: 1, sources: ['s'] }, dates: {} };
    expect(jsonProblem(record, LIMITS)).toBeNull();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('names the key "%s" and where it is', (key) => {
    const record = JSON.parse(`{"id":"a","value":{"amount":1,"${key}":{"polluted":true}}}`) as unknown;
    expect(jsonProblem(record, LIMITS)).toEqual({
      path: `value.${key}`,
      message: `the key "${key}" is not allowed (it could change how the app's objects behave)`,
    });
  });

  it('refuses nesting past the limit, and measures a million levels without overflowing the stack', () => {
    expect(jsonProblem(nested(24), LIMITS)).toBeNull();
    expect(jsonProblem(nested(25), LIMITS)?.message).toBe(
      'nested more than 24 levels deep; the data format needs no more than 6',
    );
    const deep = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) as unknown;
    expect(jsonProblem({ note: deep }, LIMITS)?.path).toBe(`note${'[0]'.repeat(23)}`);
  });

  it('refuses a string over the limit with its length and path', () => {
    expect(jsonProblem({ notes: ['ok', 'x'.repeat(1_048_576)] }, LIMITS)).toEqual({
      path: 'notes[1]',
      message: 'text of 1,048,576 characters; the importer takes up to 20,000',
    });
    expect(jsonProblem('x'.repeat(20_000), LIMITS)).toBeNull();
  });

  it('reports the first problem in the order of the file', () => {
    expect(jsonProblem({ a: { b: 'x'.repeat(30_000) }, c: 'y'.repeat(30_000) }, LIMITS)?.path).toBe('a.b');
  });
});

describe('nestingTooDeepAt', () => {
  it('finds the bracket that goes one level too deep, skipping brackets inside strings', () => {
    expect(nestingTooDeepAt('{"a":[[1]]}', 3)).toBeNull();
    expect(nestingTooDeepAt('{"a":[[[1]]]}', 3)).toBe(7);
    expect(nestingTooDeepAt('{"a":"[[[[\\"[[[["}', 1)).toBeNull();
    expect(nestingTooDeepAt(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 12)).toBe(12);
  });
});
