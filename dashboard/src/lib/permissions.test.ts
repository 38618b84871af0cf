import { describe, expect, it } from 'vitest';
import { canEditOrganisation, canEditPartnership, canEditProjects, canImport, type ViewerScope } from './permissions';

const admin: ViewerScope = { role: 'ADMIN', partnershipIds: [] };
const editor: ViewerScope = { role: 'EDITOR', partnershipIds: [] };
const partnershipEditor: ViewerScope = { role: 'PARTNERSHIP_EDITOR', partnershipIds: ['P1'] };
const viewer: ViewerScope = { role: 'VIEWER', partnershipIds: [] };

describe('permissions', () => {
  it('lets admins and editors edit everything and import', () => {
    for (const who of [admin, editor]) {
      expect(canEditProjects(who)).toBe(true);
      expect(canEditPartnership(who, 'P9')).toBe(true);
      expect(canEditOrganisation(who, [])).toBe(true);
      expect(canImport(who)).toBe(true);
    }
  });

  it('limits a partnership editor to their partnerships and those partnerships’ members', () => {
    expect(canEditPartnership(partnershipEditor, 'P1')).toBe(true);
    expect(canEditPartnership(partnershipEditor, 'P2')).toBe(false);
    expect(canEditOrganisation(partnershipEditor, ['P2', 'P1'])).toBe(true);
    expect(canEditOrganisation(partnershipEditor, ['P2'])).toBe(false);
    expect(canEditProjects(partnershipEditor)).toBe(false);
    expect(canImport(partnershipEditor)).toBe(false);
  });

  it('shows nothing to edit to viewers and anonymous readers', () => {
    for (const who of [viewer, null]) {
      expect(canEditProjects(who)).toBe(false);
      expect(canEditPartnership(who, 'P1')).toBe(false);
      expect(canEditOrganisation(who, ['P1'])).toBe(false);
      expect(canImport(who)).toBe(false);
    }
  });
});
