package pl.dobrepraktyki.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExchangeGroupRepository extends JpaRepository<ExchangeGroup, Long> {

    List<ExchangeGroup> findAllByOrderByStartDateDescNameAsc();

    List<ExchangeGroup> findByParentGroupIdOrderByNameAsc(Long parentGroupId);

    @Query("select g from ExchangeGroup g join g.unitTeryts u where u = :teryt order by g.name")
    List<ExchangeGroup> findByUnit(String teryt);

    @Query("select distinct g from ExchangeGroup g join g.areas a where a in :areas order by g.name")
    List<ExchangeGroup> findByAreas(java.util.Collection<String> areas);
}
