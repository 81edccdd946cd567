package pl.dobrepraktyki.localgov.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.TerytCode;
import pl.dobrepraktyki.localgov.UnitDetails;
import pl.dobrepraktyki.localgov.UnitPageSection;
import pl.dobrepraktyki.localgov.UnitQuery;

/**
 * Public unit pages: {@code /jst} lists the voivodeships and searches by name ({@code q}, pages
 * {@code strona} from 1); {@code /jst/{teryt}} shows one unit with its parents and children.
 */
@Controller
class UnitController {

    static final int PAGE_SIZE = 50;
    static final int MAX_QUERY_LENGTH = 100;

    private final LocalGovernmentService units;
    private final List<UnitPageSection> sections;

    UnitController(LocalGovernmentService units, ObjectProvider<UnitPageSection> sections) {
        this.units = units;
        this.sections = sections.orderedStream().toList();
    }

    /** A contributed part of the unit page: the fragment to render and what it reads. */
    record SectionView(String template, Map<String, Object> model) {
    }

    @GetMapping("/jst")
    String index(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "strona", defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        model.addAttribute("q", text);
        List<LocalGovernment> voivodeships = units.voivodeships();
        if (text.isEmpty()) {
            model.addAttribute("voivodeships", voivodeships);
        }
        else {
            model.addAttribute("voivodeshipNames", voivodeships.stream()
                    .collect(Collectors.toMap(LocalGovernment::getTeryt, LocalGovernment::getName)));
            Page<LocalGovernment> results = units.search(UnitQuery.byName(text),
                    PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
            model.addAttribute("results", results);
        }
        return htmx != null ? "localgov/index :: results" : "localgov/index";
    }

    @GetMapping("/jst/{teryt}")
    String show(@PathVariable String teryt, Model model, HttpServletRequest request) {
        TerytCode code;
        try {
            code = TerytCode.of(teryt);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        UnitDetails details = units.details(code);
        if (!details.unit().getTeryt().equals(code.value())) {
            // a city county's 4-digit code: the unit lives under its 7-digit code, for good
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/jst/" + details.unit().getTeryt();
        }
        model.addAttribute("unit", details.unit());
        model.addAttribute("ancestors", details.ancestors());
        model.addAttribute("children", details.children());
        List<SectionView> contributed = new ArrayList<>();
        boolean content = false;
        for (UnitPageSection section : sections) {
            Map<String, Object> values = section.model(details.unit());
            if (!values.isEmpty()) {
                contributed.add(new SectionView(section.template(), values));
                content |= section.isContent();
            }
        }
        model.addAttribute("sections", contributed);
        model.addAttribute("nothingYet", !content);
        return "localgov/unit";
    }
}
