// Pictograms (lucide-static names) for the handout's lists, item by item, per audience. They illustrate the item
// beside them and are decoration in the tag tree; a list longer than its icons repeats them.
type Icons = Record<'redFlags' | 'whatToDo' | 'prevention' | 'sextortion', string[]>;

const DEFAULT: Icons = {
  redFlags: ['id-card', 'door-closed', 'frown', 'bandage', 'user-x', 'utensils-crossed'],
  whatToDo: ['hand', 'siren', 'phone', 'ear', 'clipboard-list'],
  prevention: ['lightbulb', 'megaphone', 'house', 'heart-handshake', 'scale'],
  // not your fault, do not pay, stop replying, report and block, tell an adult (youth and parents handouts only)
  sextortion: ['heart-handshake', 'ban', 'message-circle-off', 'flag', 'user-check'],
};

const AUDIENCE: Record<string, Partial<Icons>> = {
  youth: {
    redFlags: ['users', 'gift', 'school', 'frown', 'camera', 'lock'],
    whatToDo: ['ear', 'heart-handshake', 'search-x', 'hand', 'user-check', 'siren'],
    prevention: ['smartphone', 'users', 'message-circle-heart', 'repeat', 'phone', 'shield-check'],
  },
  parents: {
    redFlags: ['school', 'gift', 'users', 'refresh-cw', 'smartphone', 'plane'],
    whatToDo: ['heart', 'siren', 'hand', 'message-square', 'phone', 'door-open'],
    prevention: ['message-circle', 'heart-handshake', 'gamepad-2', 'camera', 'shield-check', 'users'],
    sextortion: ['heart', 'ban', 'message-circle-off', 'flag'],
  },
  healthcare: {
    redFlags: ['file-text', 'users', 'id-card', 'bandage', 'activity', 'stamp'],
    whatToDo: ['octagon-x', 'languages', 'message-circle-question', 'clipboard-pen', 'scale', 'siren'],
    prevention: ['clipboard-list', 'user-round', 'languages', 'info', 'message-square', 'heart-handshake'],
  },
  faith: {
    redFlags: ['id-card', 'door-closed', 'frown', 'user-x', 'users', 'gift'],
    whatToDo: ['ear', 'hand', 'siren', 'phone', 'shield', 'clipboard-list'],
    prevention: ['lightbulb', 'shield-check', 'info', 'house', 'heart-handshake', 'megaphone'],
  },
};

export function listIcons(audience: string, list: keyof Icons): string[] {
  return AUDIENCE[audience]?.[list] ?? DEFAULT[list];
}

/** Every pictogram the handouts can draw (for the test that each one parses and stays in its box). */
export function allListIcons(): string[] {
  return [...new Set([DEFAULT, ...Object.values(AUDIENCE)].flatMap((icons) => Object.values(icons).flat()))].sort();
}
