package pl.dobrepraktyki.statistics.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The custom peer groups users saved under a name; each query is limited to its owner's groups. */
@Component
class SavedGroups {

    /** A saved group: its members are TERYT codes in code order. */
    record SavedGroup(long id, String name, String unitTeryt, List<String> members) {

        /** The value of the {@code grupa} parameter that compares with this group. */
        public String grupa() {
            return String.join(",", members);
        }

        /** The unit to compare: the one the group was saved from, else its first member. */
        public String home() {
            return unitTeryt != null ? unitTeryt : members.get(0);
        }
    }

    private final JdbcClient jdbc;

    SavedGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedGroup> of(String owner) {
        if (owner == null) {
            return List.of();
        }
        return jdbc.sql("select id, name, unit_teryt, members from stat_saved_group where owner = ? order by lower(name), id")
                .param(owner)
                .query((rs, n) -> new SavedGroup(rs.getLong(1), rs.getString(2), rs.getString(3),
                        List.of(rs.getString(4).split(","))))
                .list();
    }

    boolean nameTaken(String owner, String name) {
        return jdbc.sql("select count(*) from stat_saved_group where owner = ? and lower(name) = lower(?)")
                .param(owner).param(name).query(Long.class).single() > 0;
    }

    @Transactional
    void save(String owner, String name, String unitTeryt, List<String> members) {
        jdbc.sql("insert into stat_saved_group (owner, name, unit_teryt, members, created_at) values (?, ?, ?, ?, ?)")
                .param(owner).param(name).param(unitTeryt).param(String.join(",", members))
                .param(OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** Deletes the owner's group; {@code false} when the owner has no group of that id. */
    @Transactional
    boolean delete(String owner, long id) {
        return jdbc.sql("delete from stat_saved_group where id = ? and owner = ?").param(id).param(owner).update() == 1;
    }

    /** Whether the owner has another group (not {@code except}) of this name, ignoring case. */
    boolean nameTaken(String owner, String name, long except) {
        return jdbc.sql("select count(*) from stat_saved_group where owner = ? and lower(name) = lower(?) and id <> ?")
                .param(owner).param(name).param(except).query(Long.class).single() > 0;
    }

    /** Renames the owner's group; {@code false} when the owner has no group of that id. */
    @Transactional
    boolean rename(String owner, long id, String name) {
        return jdbc.sql("update stat_saved_group set name = ? where id = ? and owner = ?")
                .param(name).param(id).param(owner).update() == 1;
    }

    Optional<SavedGroup> find(String owner, long id) {
        return of(owner).stream().filter(g -> g.id() == id).findFirst();
    }
}
