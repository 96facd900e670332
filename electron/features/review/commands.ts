import { z } from 'zod';
import { defineCommand } from '../../engine/define';
import { notFound } from '../../engine/errors';
import { id } from '../../engine/validation';
import { requireSession } from '../council/commands';
import { getDelegate } from '../roster/store';
import { SIGNER_ROLES } from '../../../common/review/signer';
import { getSignerChoice, saveSignerChoice } from './signer';

export const reviewCommands = {
  /**
   * Who signs the session's review report, and as what: a person on the roster, or null for the
   * console's guess. Kept for the session; a person not on the roster is refused. One left out keeps
   * what is stored: the console sends only the list just chosen, so a role chosen before the person's
   * save has come back cannot put the person back.
   */
  'review.setSigner': defineCommand({
    schema: z.strictObject({ delegateId: id.nullable().optional(), role: z.enum(SIGNER_ROLES).optional() }),
    fields: { en: { delegateId: 'Signer', role: 'Signs as' }, vi: { delegateId: 'Người ký', role: 'Ký với tư cách' } },
    run({ db }, { delegateId, role }) {
      const sessionId = requireSession(db);
      if (delegateId != null && !getDelegate(db, delegateId)) throw notFound('delegate', delegateId);
      const stored = getSignerChoice(db, sessionId);
      saveSignerChoice(db, sessionId, { delegateId: delegateId === undefined ? stored.delegateId : delegateId, role: role ?? stored.role });
    },
  }),
};
