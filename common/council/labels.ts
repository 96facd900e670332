/** A session's name, shared by the console and the review's documents. */
export const en = {
  'session.label': 'Session {number}, term {term}',
};

export const vi: Record<keyof typeof en, string> = {
  'session.label': 'Kỳ họp thứ {number}, khóa {term}',
};
