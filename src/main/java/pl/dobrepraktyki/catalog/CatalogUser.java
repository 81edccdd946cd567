package pl.dobrepraktyki.catalog;

import pl.dobrepraktyki.accounts.AccountView;
import pl.dobrepraktyki.accounts.Role;

/** Who is asking, as the catalog's data-level checks see it. */
record CatalogUser(String email, String unitTeryt, boolean official, boolean editor) {

    static final CatalogUser ANONYMOUS = new CatalogUser(null, null, false, false);
    /** Checks content as an editor would write it (any lead unit). */
    static final CatalogUser EDITOR_CHECK = new CatalogUser(null, null, false, true);

    static CatalogUser of(AccountView account) {
        return new CatalogUser(account.email(), account.unitTeryt(), account.roles().contains(Role.OFFICIAL),
                account.roles().contains(Role.EDITOR) || account.roles().contains(Role.ADMIN));
    }

    boolean isOfficialOf(String teryt) {
        return official && unitTeryt != null && unitTeryt.equals(teryt);
    }

    /** Everyone reads public practices; the lead unit's officials and editors read the others. */
    boolean canRead(Practice practice) {
        return practice.getStatus().isPublic() || editor || isOfficialOf(practice.getLeadUnitTeryt());
    }

    /** Editors edit any practice; the lead unit's officials while it is a draft or changes were requested. */
    boolean canEdit(Practice practice) {
        return editor || (isOfficialOf(practice.getLeadUnitTeryt()) && practice.getStatus().isEditableByUnit());
    }
}
