package pl.dobrepraktyki.localgov.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitQuery;

/** Filtered, paged search over the register (a repository fragment). */
public interface UnitSearch {

    Page<LocalGovernment> search(UnitQuery query, Pageable pageable);
}
