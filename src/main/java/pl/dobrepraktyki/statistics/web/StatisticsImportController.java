package pl.dobrepraktyki.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/statystyki/import}: upload a statistics file (docs/statistics-import.md), then follow
 * the import's progress and read its result or the problems of its lines.
 */
@Controller
@RequestMapping("/admin/statystyki/import")
class StatisticsImportController {

    private final StatisticsImportJobs jobs;

    StatisticsImportController(StatisticsImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("jobs", jobs.recent());
        return "statistics/admin-import";
    }

    @PostMapping
    String upload(@RequestParam(name = "plik", required = false) MultipartFile file,
            @RequestParam(name = "rok", required = false) String year, Principal principal, Model model,
            HttpServletResponse response) throws IOException {
        Integer dataYear = null;
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "statistics.import.file.required";
        }
        else if (year != null && !year.isBlank()) {
            try {
                dataYear = Integer.valueOf(year.strip());
            }
            catch (NumberFormatException e) {
                error = "statistics.import.year.invalid";
            }
        }
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", error);
            return form(model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "plik.csv"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        StatisticsImportJobs.Job job;
        try (InputStream in = file.getInputStream()) {
            job = jobs.start(in, name, dataYear, principal.getName());
        }
        return "redirect:/admin/statystyki/import/" + job.getId();
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        StatisticsImportJobs.Job job = jobs.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
        model.addAttribute("job", job);
        return htmx != null ? "statistics/admin-import-job :: progress" : "statistics/admin-import-job";
    }
}
