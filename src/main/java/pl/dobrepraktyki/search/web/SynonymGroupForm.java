package pl.dobrepraktyki.search.web;

import java.util.Arrays;
import java.util.List;

import pl.dobrepraktyki.search.SynonymGroupView;

/** The synonym group form: the terms separated by commas, and the version the editor started from. */
public class SynonymGroupForm {

    private String terms = "";
    private Long version;

    static SynonymGroupForm of(SynonymGroupView group) {
        SynonymGroupForm form = new SynonymGroupForm();
        form.terms = String.join(", ", group.terms());
        form.version = group.version();
        return form;
    }

    /** The terms as typed, one per comma (an empty one too: the service says what is wrong with it). */
    List<String> termList() {
        return Arrays.asList((terms == null ? "" : terms).split(",", -1));
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
