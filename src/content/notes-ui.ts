/**
 * The notes' code (anchoring, the editor, the note bubble, marks), kept out of the content script:
 * most pages have no notes and most visits take none. The background injects this file when the
 * page has notes (the first reply says how many) or when the reader selects text or asks to note;
 * the content script finds the NotesController class it leaves here.
 */
import { NotesController } from './notes';
import { NOTES_UI_GLOBAL, type NotesUIGlobal } from './notes-ui-global';

(globalThis as NotesUIGlobal)[NOTES_UI_GLOBAL] = NotesController;
