package pl.dobrepraktyki.competition;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scoring criterion of an edition with its weight (a positive whole number). */
@Embeddable
public record Criterion(@Column(name = "name") String name, @Column(name = "weight") int weight) {

    /** The methodology's five criteria, each of weight 1. */
    public static final List<String> DEFAULT_NAMES = List.of("Innowacyjność", "Skuteczność", "Efektywność",
            "Trwałość", "Replikowalność");
}
