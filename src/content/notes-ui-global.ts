/** Where the injected notes code (notes-ui.ts) leaves its NotesController class in the content scripts' world. */
import type { NotesController } from './notes';

export const NOTES_UI_GLOBAL = '__siyaqNotesUI';

export type NotesUIGlobal = { [NOTES_UI_GLOBAL]?: typeof NotesController };
