import { describe, expect, it } from 'vitest';
import { questionNumbers, type Question } from '../../../common/questions/model';

const q = (id: number, parentId: number | null = null) => ({ id, parentId }) as Question;

describe('the log numbers follow-ups under their question', () => {
  it('puts 5 and 6, follow-ups of question 2, under it as 2a and 2b; the next question is 3', () => {
    const { order, number } = questionNumbers([q(1), q(2), q(3), q(4), q(5, 2), q(6, 2), q(7, 5)]);
    expect(order.map((x) => x.id)).toEqual([1, 2, 5, 7, 6, 3, 4]);
    expect(order.map((x) => number.get(x.id))).toEqual(['1', '2', '2a', '2b', '2c', '3', '4']);
  });

  it('numbers a follow-up whose question is not in the list as a question of its own', () => {
    const { number } = questionNumbers([q(1), q(9, 42)]);
    expect([number.get(1), number.get(9)]).toEqual(['1', '2']);
  });
});
