package pl.dobrepraktyki.system.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** A section that has something to show: its fragment and its values. */
    record SectionView(String template, Map<String, Object> model) {
    }

    private final List<HomePageSection> sections;

    HomeController(ObjectProvider<HomePageSection> sections) {
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(HomePageSection::order)).toList();
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        List<SectionView> shown = new ArrayList<>();
        for (HomePageSection section : sections) {
            Map<String, Object> values = section.model(locale);
            if (!values.isEmpty()) {
                shown.add(new SectionView(section.template(), values));
            }
        }
        model.addAttribute("sections", shown);
        return "system/home";
    }
}
