/**
 * The drag library's screen-reader sentences (a row picked up with Enter, moved, dropped, and
 * the list's instruction) in the console's language: its own are English, so a Vietnamese
 * secretary's screen reader said "Moved item to position 3". Call once in a component's setup.
 */
import { setAriaStrings } from 'svelte-dnd-action';
import { i18n, t } from './i18n.svelte';

export function dragAnnouncementsInLanguage(): void {
  $effect(() => {
    void i18n.lang; // the list's instruction is written once per call: again on each switch
    setAriaStrings({
      dragStarted: ({ itemLabel, zoneLabel }) => t('dnd.started', { item: itemLabel, list: zoneLabel }),
      // Where a row now stands is said by the view once its move is answered (SpeakersView's
      // moveSaid), from the list as it is then: the library's own count is the one at the key
      // press, and its list name the one at pick-up ("Queue (7)"), both stale once the list changed.
      movedToPosition: () => '',
      movedToZoneEnd: () => '',
      movedToZoneStart: () => '',
      dropped: ({ itemLabel }) => t('dnd.dropped', { item: itemLabel }),
      zoneActiveInstruction: t('dnd.instruction'),
      zoneDragDisabledInstruction: t('dnd.disabled'),
    });
  });
}
