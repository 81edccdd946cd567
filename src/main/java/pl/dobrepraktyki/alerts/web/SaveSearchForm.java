package pl.dobrepraktyki.alerts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.alerts.Frequency;

/** Saving the search of {@code /szukaj}: its name and how often it alerts (the search comes with the request). */
public class SaveSearchForm {

    @NotBlank(message = "{alerts.validation.name.required}")
    @Size(max = AlertService.MAX_NAME, message = "{alerts.validation.name.size}")
    private String name;

    @NotNull(message = "{alerts.validation.frequency.required}")
    private Frequency frequency = Frequency.DAILY;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
