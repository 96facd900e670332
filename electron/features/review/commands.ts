import { z } from 'zod';
import { defineCommand } from '../../engine/define';
import { notFound } from '../../engine/errors';
import { id } from '../../engine/validation';
import { requireSession } from '../council/commands';
import { getDelegate } from '../roster/store';
import { SIGNER_ROLES } from '../../../common/review/signer';
import { saveSignerChoice } from './signer';

export const reviewCommands = {
  /**
   * Who signs the session's review report, and as what: a person on the roster, or null for the
   * console's guess. Kept for the session; a person not on the roster is refused.
   */
  'review.setSigner': defineCommand({
    schema: z.strictObject({ delegateId: id.nullable(), role: z.enum(SIGNER_ROLES) }),
    fields: { en: { delegateId: 'Signer', role: 'Signs as' }, vi: { delegateId: 'Người ký', role: 'Ký với tư cách' } },
    run({ db }, { delegateId, role }) {
      const sessionId = requireSession(db);
      if (delegateId !== null && !getDelegate(db, delegateId)) throw notFound('delegate', delegateId);
      saveSignerChoice(db, sessionId, { delegateId, role });
    },
  }),
};
