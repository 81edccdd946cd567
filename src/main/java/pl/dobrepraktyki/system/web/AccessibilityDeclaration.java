package pl.dobrepraktyki.system.web;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Facts of the accessibility declaration; edit them in configuration at each yearly review. */
@ConfigurationProperties(prefix = "bdp.accessibility")
record AccessibilityDeclaration(String entityName, String siteUrl, LocalDate publishedOn, LocalDate updatedOn,
        LocalDate preparedOn, LocalDate reviewedOn, String status, String contactPerson, String contactEmail,
        String contactPhone) {
}
